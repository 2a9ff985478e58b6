package io.github.realtimesessions.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.testkit.FakeRealtimeServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reference app's doors over real HTTP on 127.0.0.1, without a browser: nothing is minted or brokered for a
 * caller who has not signed in, a POST without the CSRF token is refused, and none of them reaches OpenAI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ReferenceAppSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    FakeRealtimeServer openAi;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @Test
    void anAnonymousPostWithoutTheCsrfTokenIsRefusedWithoutAskingOpenAi() throws Exception {
        int before = openAi.requestCount();
        HttpResponse<String> answer = post("/realtime/client-secret", "application/json", "{}", null);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(openAi.requestCount()).isEqualTo(before);
    }

    @Test
    void theTokenEndpointAnswers401ToAnAnonymousCallerWithoutAskingOpenAi() throws Exception {
        int before = openAi.requestCount();
        HttpResponse<String> answer = post("/realtime/client-secret", "application/json", "{}", anonymousCsrf());

        // A status the page can explain ("your sign-in has expired"), not a redirect to the login page's HTML.
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(openAi.requestCount()).isEqualTo(before);
    }

    @Test
    void theCallBrokerAnswers401ToAnAnonymousCaller() throws Exception {
        int before = openAi.requestCount();
        HttpResponse<String> answer = post("/realtime/calls", "application/sdp", "v=0\r\n", anonymousCsrf());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(openAi.requestCount()).isEqualTo(before);
    }

    @Test
    void thePageSendsAnAnonymousVisitorToTheLoginPage() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void aSignedInPostWithoutTheCsrfTokenIsRefused() throws Exception {
        int before = openAi.requestCount();
        String csrf = signIn();
        assertThat(csrf).isNotBlank();

        HttpResponse<String> withoutToken = post("/realtime/client-secret", "application/json", "{}", null);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(openAi.requestCount()).isEqualTo(before);

        HttpResponse<String> withToken = post("/realtime/client-secret", "application/json", "{}", csrf);
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("\"value\":\"ek_").doesNotContain(openAi.apiKey());
        assertThat(openAi.requestCount()).isEqualTo(before + 1);
    }

    /** The CSRF token Spring Security hands an anonymous visitor, as the login page sets it. */
    private String anonymousCsrf() throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        return csrfCookie();
    }

    private String csrfCookie() {
        return ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    /** Signs in through the login form, as a browser does, and returns the CSRF token of the signed-in session. */
    private String signIn() throws IOException, InterruptedException {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String form = loginPage.body();
        int field = form.indexOf("name=\"_csrf\"");
        int start = form.indexOf("value=\"", field) + "value=\"".length();
        String loginToken = form.substring(start, form.indexOf('"', start));
        String credentials = "username=" + SecurityConfiguration.DEMO_USER + "&password="
                + SecurityConfiguration.DEMO_PASSWORD + "&_csrf=" + URLEncoder.encode(loginToken, StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        // The page itself sets the XSRF-TOKEN cookie the page's script reads.
        http.send(HttpRequest.newBuilder(uri("/")).GET().build(), HttpResponse.BodyHandlers.discarding());
        return csrfCookie();
    }

    private HttpResponse<String> post(String path, String contentType, String body, String csrf)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
