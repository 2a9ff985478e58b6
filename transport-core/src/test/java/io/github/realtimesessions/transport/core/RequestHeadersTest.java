package io.github.realtimesessions.transport.core;

import static io.github.realtimesessions.transport.core.WireFixtures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.transport.core.RequestHeaders.Header;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The headers of every request: names, values, order, and a {@code toString()} without the key. */
class RequestHeadersTest {

    private static final String JAVA = Integer.toString(Runtime.version().feature());

    @Test
    void minimalSettingsGiveTheFourStandardHeadersInOrder() {
        RequestHeaders headers = RequestHeaders.of(ClientSettings.builder().apiKey(API_KEY).build(), "apache");

        assertThat(headers.all()).containsExactly(
                new Header("Authorization", "Bearer " + API_KEY),
                new Header("Content-Type", "application/json"),
                new Header("Accept", "application/json"),
                new Header("User-Agent", "realtime-sessions-java/" + projectVersion() + " (transport=apache; java="
                        + JAVA + ")"));
    }

    @Test
    void organizationProjectAndExtraHeadersFollowInOrder() {
        ClientSettings settings = ClientSettings.builder()
                .apiKey(API_KEY)
                .organization("org-123")
                .project("proj_456")
                .userAgentSuffix("my-app/1.2")
                .extraHeader("X-Trace", "abc")
                .extraHeader("OpenAI-Beta", "realtime=v1")
                .build();

        RequestHeaders headers = RequestHeaders.of(settings, "feign");

        assertThat(headers.all()).containsExactly(
                new Header("Authorization", "Bearer " + API_KEY),
                new Header("Content-Type", "application/json"),
                new Header("Accept", "application/json"),
                new Header("User-Agent", "realtime-sessions-java/" + projectVersion() + " (transport=feign; java="
                        + JAVA + ") my-app/1.2"),
                new Header("OpenAI-Organization", "org-123"),
                new Header("OpenAI-Project", "proj_456"),
                new Header("X-Trace", "abc"),
                new Header("OpenAI-Beta", "realtime=v1"));
    }

    @Test
    void onlyTheProjectWhenOnlyTheProjectIsSet() {
        RequestHeaders headers = RequestHeaders.of(
                ClientSettings.builder().apiKey(API_KEY).project("proj_456").build(), "apache");

        assertThat(headers.all()).extracting(Header::name)
                .containsExactly("Authorization", "Content-Type", "Accept", "User-Agent", "OpenAI-Project");
    }

    @Test
    void theAuthorizationValueIsExactlyBearerAndTheKey() {
        RequestHeaders headers = RequestHeaders.of(ClientSettings.builder().apiKey(API_KEY).build(), "apache");

        assertThat(headers.all().get(0).name()).isEqualTo("Authorization");
        assertThat(headers.all().get(0).value()).isEqualTo("Bearer " + API_KEY);
    }

    @Test
    void forEachHandsOverTheSameHeadersInTheSameOrder() {
        RequestHeaders headers = RequestHeaders.of(ClientSettings.builder()
                .apiKey(API_KEY).organization("org-1").extraHeader("X-A", "1").build(), "apache");
        List<Header> seen = new ArrayList<>();

        headers.forEach((name, value) -> seen.add(new Header(name, value)));

        assertThat(seen).isEqualTo(headers.all());
    }

    @Test
    void theHeaderListCannotBeChanged() {
        RequestHeaders headers = RequestHeaders.of(ClientSettings.builder().apiKey(API_KEY).build(), "apache");

        assertThatThrownBy(() -> headers.all().add(new Header("X", "y")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsEveryHeaderButNotTheKey() {
        RequestHeaders headers = RequestHeaders.of(ClientSettings.builder()
                .apiKey(API_KEY).organization("org-123").build(), "apache");

        assertThat(headers.toString())
                .doesNotContain(API_KEY)
                .doesNotContain("XYZ0123456789")
                .contains("Authorization: Bearer <redacted>")
                .contains("Content-Type: application/json")
                .contains("OpenAI-Organization: org-123");
        assertThat(headers.all().get(0).toString()).isEqualTo("Authorization: Bearer <redacted>");
        assertThat(new Header("authorization", "Bearer " + API_KEY).toString()).doesNotContain(API_KEY);
    }

    @Test
    void theUserAgentNamesLibraryVersionTransportAndJava() {
        assertThat(RequestHeaders.userAgent("apache", null))
                .isEqualTo("realtime-sessions-java/" + projectVersion() + " (transport=apache; java=" + JAVA + ")");
        assertThat(RequestHeaders.userAgent("apache", "my-app/1.2"))
                .isEqualTo("realtime-sessions-java/" + projectVersion() + " (transport=apache; java=" + JAVA
                        + ") my-app/1.2");
        assertThat(RequestHeaders.userAgent("apache", null))
                .matches("realtime-sessions-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(transport=apache; java=\\d+\\)");
    }

    @Test
    void theVersionIsTheFilteredProjectVersionNotThePlaceholder() {
        assertThat(LibraryInfo.version())
                .isNotNull()
                .doesNotContain("${")
                .doesNotContain("project.version")
                .isEqualTo(projectVersion());
        assertThat(LibraryInfo.NAME).isEqualTo("realtime-sessions-java");
    }

    @Test
    void nullArgumentsAreRejected() {
        ClientSettings settings = ClientSettings.builder().apiKey(API_KEY).build();

        assertThatNullPointerException().isThrownBy(() -> RequestHeaders.of(null, "apache"));
        assertThatNullPointerException().isThrownBy(() -> RequestHeaders.of(settings, null));
    }

    /** The version this module's pom inherits from its parent: read independently of the filtered resource. */
    private static String projectVersion() {
        try {
            String pom = Files.readString(Path.of("pom.xml"));
            Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>.*?</parent>", Pattern.DOTALL)
                    .matcher(pom);
            if (!parent.find()) {
                throw new IllegalStateException("no parent version in pom.xml");
            }
            return parent.group(1).trim();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "pom.xml not found in the working directory " + Path.of("").toAbsolutePath(), e);
        }
    }
}
