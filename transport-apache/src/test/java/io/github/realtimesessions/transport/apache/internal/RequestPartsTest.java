package io.github.realtimesessions.transport.apache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.transport.core.HttpHeaders;
import java.time.Duration;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.Header;
import org.junit.jupiter.api.Test;

/** The HttpClient headers and request configuration reused from one request to the next while they stay the same. */
class RequestPartsTest {

    private final RequestParts parts = new RequestParts();

    @Test
    void theSameHeadersObjectGivesTheSameConvertedHeadersCredentialMarkedSensitive() {
        HttpHeaders headers = HttpHeaders.builder().add("Authorization", "Bearer sk-test").add("api-key", "azure")
                .add("Accept", "application/json").build();

        Header[] first = parts.headers(headers);
        Header[] again = parts.headers(headers);

        assertThat(again).isSameAs(first);
        assertThat(first).extracting(Header::getName).containsExactly("Authorization", "api-key", "Accept");
        assertThat(first).extracting(Header::isSensitive).containsExactly(true, true, false);
    }

    @Test
    void otherHeadersAreConvertedAfreshEvenWhenEqual() {
        HttpHeaders one = HttpHeaders.builder().add("Authorization", "Bearer token-1").build();
        HttpHeaders two = HttpHeaders.builder().add("Authorization", "Bearer token-2").build();

        Header[] first = parts.headers(one);
        Header[] second = parts.headers(two);

        assertThat(second).isNotSameAs(first);
        assertThat(second[0].getValue()).isEqualTo("Bearer token-2");
        assertThat(parts.headers(one)[0].getValue()).isEqualTo("Bearer token-1");
    }

    @Test
    void theConfigurationIsReusedForEqualTimeoutsAndFollowsAnOverride() {
        RequestConfig first = parts.config(Duration.ofSeconds(60), Duration.ofSeconds(10));
        RequestConfig again = parts.config(Duration.ofMillis(60_000), Duration.ofMillis(10_000));
        RequestConfig overridden = parts.config(Duration.ofMillis(250), Duration.ofSeconds(10));

        assertThat(again).isSameAs(first);
        assertThat(first.getResponseTimeout().toMilliseconds()).isEqualTo(60_000);
        assertThat(first.getConnectionRequestTimeout().toMilliseconds()).isEqualTo(10_000);
        assertThat(first.isRedirectsEnabled()).isFalse();
        assertThat(overridden.getResponseTimeout().toMilliseconds()).isEqualTo(250);
    }
}
