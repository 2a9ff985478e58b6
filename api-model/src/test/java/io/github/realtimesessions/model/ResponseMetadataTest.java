package io.github.realtimesessions.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ResponseMetadata}: status and headers of an HTTP answer. */
class ResponseMetadataTest {

    static ResponseMetadata metadata() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("X-Request-Id", List.of("req_123"));
        headers.put("Set-Cookie", List.of("a=SECRET-COOKIE-1", "b=2"));
        headers.put("x-ratelimit-remaining-requests", List.of("99"));
        return ResponseMetadata.of(200, headers);
    }

    @Test
    void headersAreLookedUpWithoutRegardToCase() {
        ResponseMetadata metadata = metadata();

        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.requestId()).isEqualTo("req_123");
        assertThat(metadata.header("x-request-id")).isEqualTo("req_123");
        assertThat(metadata.header("X-REQUEST-ID")).isEqualTo("req_123");
        assertThat(metadata.header("X-RateLimit-Remaining-Requests")).isEqualTo("99");
        assertThat(metadata.headers().get("SET-COOKIE")).containsExactly("a=SECRET-COOKIE-1", "b=2");
        assertThat(metadata.header("missing")).isNull();
        assertThat(metadata.headerValues("missing")).isEmpty();
    }

    @Test
    void aRepeatedHeaderKeepsAllItsValuesInOrder() {
        ResponseMetadata metadata = metadata();

        assertThat(metadata.header("set-cookie")).isEqualTo("a=SECRET-COOKIE-1");
        assertThat(metadata.headerValues("Set-Cookie")).containsExactly("a=SECRET-COOKIE-1", "b=2");
    }

    @Test
    void namesDifferingInCaseAreMerged() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Warning", List.of("1"));
        headers.put("warning", List.of("2", "3"));

        ResponseMetadata metadata = ResponseMetadata.of(200, headers);

        assertThat(metadata.headerValues("WARNING")).containsExactly("1", "2", "3");
        assertThat(metadata.headers()).hasSize(1).containsOnlyKeys("warning");
    }

    @Test
    void namesAreLowerCasedAndNullNamesOrValuesSkipped() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put(null, List.of("HTTP/1.1 200 OK"));
        headers.put("Content-Type", List.of("application/json"));
        headers.put("X-Empty", null);

        ResponseMetadata metadata = ResponseMetadata.of(201, headers);

        assertThat(metadata.headers().keySet()).containsExactly("content-type");
    }

    @Test
    void theMetadataIsAnImmutableCopy() {
        List<String> values = new ArrayList<>(List.of("req_1"));
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("x-request-id", values);

        ResponseMetadata metadata = ResponseMetadata.of(200, headers);
        values.set(0, "changed");
        headers.put("x-new", List.of("1"));

        assertThat(metadata.requestId()).isEqualTo("req_1");
        assertThat(metadata.headers()).containsOnlyKeys("x-request-id").isUnmodifiable();
        assertThatThrownBy(() -> metadata.headerValues("x-request-id").add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatNullPointerException().isThrownBy(() -> ResponseMetadata.of(200, null)).withMessage("headers");
    }

    @Test
    void noneHasNoStatusAndNoHeaders() {
        assertThat(ResponseMetadata.NONE.status()).isZero();
        assertThat(ResponseMetadata.NONE.headers()).isEmpty();
        assertThat(ResponseMetadata.NONE.requestId()).isNull();
    }

    @Test
    void toStringLeavesHeaderValuesOut() {
        String text = metadata().toString();

        assertThat(text).isEqualTo("ResponseMetadata[status=200, requestId=req_123, "
                + "headers=[set-cookie, x-ratelimit-remaining-requests, x-request-id]]");
        assertThat(text).doesNotContain("SECRET-COOKIE").doesNotContain("99");
    }

    @Test
    void equalityIsByStatusAndHeaders() {
        assertThat(metadata()).isEqualTo(metadata()).hasSameHashCodeAs(metadata());
        assertThat(metadata()).isNotEqualTo(ResponseMetadata.of(201, metadata().headers()));
        assertThat(metadata()).isNotEqualTo(ResponseMetadata.of(200, Map.of()));
    }

    @Test
    void itIsJavaSerializable() throws Exception {
        ResponseMetadata metadata = metadata();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(metadata);
        }

        ResponseMetadata copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ResponseMetadata) in.readObject();
        }

        assertThat(copy).isEqualTo(metadata);
        assertThat(copy.header("X-REQUEST-ID")).as("case-insensitive after deserialization").isEqualTo("req_123");
        assertThat(copy.headerValues("set-cookie")).containsExactly("a=SECRET-COOKIE-1", "b=2");
    }
}
