package io.github.realtimesessions.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.transport.core.HeaderLookup;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeignHeadersTest {

    @Test
    void findsNamesWithoutRegardToCaseInAPlainMap() {
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        headers.put("X-Request-Id", List.of("req_1", "req_2"));

        HeaderLookup lookup = FeignHeaders.of(headers);

        assertThat(lookup.first("x-request-id")).isEqualTo("req_1");
        assertThat(lookup.first("X-REQUEST-ID")).isEqualTo("req_1");
        assertThat(lookup.first("retry-after")).isNull();
    }

    @Test
    void skipsNullValuesAndToleratesNullKeysAndEmptyMaps() {
        Map<String, Collection<String>> headers = new LinkedHashMap<>();
        headers.put(null, List.of("HTTP/1.1 200 OK"));
        headers.put("Retry-After", Arrays.asList(null, "3"));

        assertThat(FeignHeaders.of(headers).first("retry-after")).isEqualTo("3");
        assertThat(FeignHeaders.of(Map.of()).first("retry-after")).isNull();
        assertThat(FeignHeaders.of(null).first("retry-after")).isNull();
    }

    @Test
    void hidesTheLengthOfAnEncodedBodyOnly() {
        Map<String, Collection<String>> gzip = Map.of(
                "Content-Length", List.of("42"), "Content-Encoding", List.of("gzip"), "x-request-id", List.of("r"));
        Map<String, Collection<String>> identity =
                Map.of("Content-Length", List.of("42"), "Content-Encoding", List.of("identity"));
        Map<String, Collection<String>> plain = Map.of("Content-Length", List.of("42"));

        assertThat(FeignHeaders.ofResponse(gzip).first("content-length")).isNull();
        assertThat(FeignHeaders.ofResponse(gzip).first("x-request-id")).isEqualTo("r");
        assertThat(FeignHeaders.ofResponse(identity).first("content-length")).isEqualTo("42");
        assertThat(FeignHeaders.ofResponse(plain).first("content-length")).isEqualTo("42");
    }
}
