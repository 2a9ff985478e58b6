package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.WireFixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.transport.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers of every request, in sending order. */
class RequestHeadersTest {

    private static List<String> lines(HttpHeaders headers) {
        List<String> lines = new ArrayList<>();
        headers.forEach((name, value) -> lines.add(name + ": " + value));
        return lines;
    }

    @Test
    void theUserAgentNamesLibraryVersionTransportAndJava() {
        String agent = RequestHeaders.userAgent("apache", null);

        assertThat(agent).matches("realtime-sessions-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(transport=apache; java=\\d+\\)");
        assertThat(agent).contains("java=" + Runtime.version().feature());
        assertThat(LibraryInfo.version()).as("stamped by the build").matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(RequestHeaders.userAgent("feign", "my-app/1.2")).endsWith("(transport=feign; java="
                + Runtime.version().feature() + ") my-app/1.2");
    }

    @Test
    void theFullSetInOrder() {
        ClientSettings settings = ClientSettings.builder().apiKey(API_KEY).organization("org-1").project("proj_1")
                .userAgentSuffix("app/2").extraHeader("X-Tenant", "acme").build();

        HttpHeaders headers = new RequestHeaders(settings, "fake").build("Authorization", "Bearer " + API_KEY,
                "application/json", "application/json", "user-hash", RequestOptions.defaults());

        assertThat(lines(headers)).containsExactly(
                "Authorization: Bearer " + API_KEY,
                "Content-Type: application/json",
                "Accept: application/json",
                "User-Agent: " + RequestHeaders.userAgent("fake", "app/2"),
                "OpenAI-Organization: org-1",
                "OpenAI-Project: proj_1",
                "OpenAI-Safety-Identifier: user-hash",
                "X-Tenant: acme");
    }

    @Test
    void theMinimalSetHasNoOptionalHeaders() {
        HttpHeaders headers = new RequestHeaders(ClientSettings.builder().apiKey(API_KEY).build(), "fake")
                .build("api-key", "k", null, "application/json", null, RequestOptions.defaults());

        assertThat(lines(headers)).containsExactly("api-key: k", "Accept: application/json",
                "User-Agent: " + RequestHeaders.userAgent("fake", null));
        assertThat(headers.contains("OpenAI-Beta")).isFalse();
        assertThat(headers.contains("Accept-Encoding")).isFalse();
    }

    @Test
    void theCallsHeadersOverrideTheSettingsOfTheSameNameInAnyCase() {
        ClientSettings settings = ClientSettings.builder().apiKey(API_KEY)
                .extraHeader("X-Tenant", "from-settings").extraHeader("X-Other", "kept").build();
        RequestOptions options = RequestOptions.builder().extraHeader("x-tenant", "from-call")
                .extraHeader("X-Call", "only").build();

        HttpHeaders headers = new RequestHeaders(settings, "fake")
                .build("Authorization", "Bearer k", null, "application/sdp", null, options);

        assertThat(headers.all("X-Tenant")).containsExactly("from-call");
        assertThat(lines(headers)).endsWith("X-Other: kept", "x-tenant: from-call", "X-Call: only");
    }

    @Test
    void aCallWithoutHeadersOfItsOwnReusesTheLastSuchCallsHeaders() {
        RequestHeaders headers = new RequestHeaders(ClientSettings.builder().apiKey(API_KEY).build(), "fake");
        RequestOptions defaults = RequestOptions.defaults();

        HttpHeaders first = headers.build("Authorization", "Bearer " + API_KEY, "application/json", "application/json",
                null, defaults);
        HttpHeaders again = headers.build("Authorization", "Bearer " + API_KEY, "application/json", "application/json",
                null, defaults);

        assertThat(again).isSameAs(first);
    }

    @Test
    void headersAreBuiltAfreshWhenAnythingTheyHoldDiffers() {
        RequestHeaders headers = new RequestHeaders(ClientSettings.builder().apiKey(API_KEY).build(), "fake");
        RequestOptions defaults = RequestOptions.defaults();
        HttpHeaders json = headers.build("Authorization", "Bearer token-1", "application/json", "application/json",
                null, defaults);

        HttpHeaders otherToken = headers.build("Authorization", "Bearer token-2", "application/json",
                "application/json", null, defaults);
        HttpHeaders noBody = headers.build("Authorization", "Bearer token-2", null, "application/json", null,
                defaults);
        HttpHeaders sdp = headers.build("Authorization", "Bearer token-2", null, "application/sdp", null, defaults);
        HttpHeaders withIdentifier = headers.build("Authorization", "Bearer token-2", null, "application/sdp",
                "user-hash", defaults);
        HttpHeaders withOwnHeader = headers.build("Authorization", "Bearer token-2", null, "application/sdp", null,
                RequestOptions.builder().extraHeader("X-Tenant", "acme").build());

        assertThat(lines(json)).contains("Authorization: Bearer token-1", "Content-Type: application/json");
        assertThat(lines(otherToken)).contains("Authorization: Bearer token-2");
        assertThat(lines(noBody)).noneMatch(line -> line.startsWith("Content-Type"));
        assertThat(lines(sdp)).contains("Accept: application/sdp");
        assertThat(lines(withIdentifier)).contains("OpenAI-Safety-Identifier: user-hash");
        assertThat(lines(withOwnHeader)).contains("X-Tenant: acme").noneMatch(line -> line.contains("user-hash"));
        assertThat(headers.build("Authorization", "Bearer token-2", null, "application/sdp", null, defaults))
                .as("a call with its own headers does not replace the reusable ones").isSameAs(sdp);
    }
}
