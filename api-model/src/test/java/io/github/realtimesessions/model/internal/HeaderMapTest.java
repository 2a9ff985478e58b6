package io.github.realtimesessions.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The compact, case-insensitive, immutable header map that {@code ResponseMetadata} keeps. */
class HeaderMapTest {

    private static HeaderMap captureLike() {
        // The order and case of a real answer's headers (see the spec's captures).
        return HeaderMap.builder(4)
                .add("Content-Type", "application/json")
                .add("Set-Cookie", "__cf_bm=1")
                .add("X-Request-ID", "req_1")
                .add("openai-version", "2020-10-01")
                .add("set-cookie", "_cfuvid=2")
                .add("CF-RAY", "9c63")
                .build();
    }

    @Test
    void namesAreFoundInAnyCaseAndPresentedInLowerCaseSorted() {
        HeaderMap headers = captureLike();

        assertThat(headers.get("x-request-id")).containsExactly("req_1");
        assertThat(headers.get("X-REQUEST-ID")).containsExactly("req_1");
        assertThat(headers.containsKey("Cf-Ray")).isTrue();
        assertThat(headers.get("missing")).isNull();
        assertThat(headers.get(42)).isNull();
        assertThat(headers.getOrDefault("missing", List.of("none"))).containsExactly("none");
        assertThat(headers.keySet())
                .containsExactly("cf-ray", "content-type", "openai-version", "set-cookie", "x-request-id");
        assertThat(headers).hasSize(5);
    }

    @Test
    void aRepeatedNameInAnyCaseKeepsEveryValueInArrivalOrder() {
        assertThat(captureLike().get("SET-COOKIE")).containsExactly("__cf_bm=1", "_cfuvid=2");
    }

    @Test
    void itEqualsAnOrdinaryMapOfTheSameLowerCaseEntries() {
        Map<String, List<String>> expected = new TreeMap<>();
        expected.put("cf-ray", List.of("9c63"));
        expected.put("content-type", List.of("application/json"));
        expected.put("openai-version", List.of("2020-10-01"));
        expected.put("set-cookie", List.of("__cf_bm=1", "_cfuvid=2"));
        expected.put("x-request-id", List.of("req_1"));

        assertThat(captureLike()).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(captureLike());
    }

    @Test
    void itIsImmutableValuesIncluded() {
        HeaderMap headers = captureLike();

        assertThat(headers).isUnmodifiable();
        assertThat(headers.get("set-cookie")).isUnmodifiable();
    }

    @Test
    void manyLinesAreSortedStablyToo() {
        // Past the in-place sort's limit (an answer with hundreds of header lines): the same order, values in turn.
        HeaderMap.Builder builder = HeaderMap.builder(0);
        for (int i = 0; i < 300; i++) {
            builder.add("x-h" + (i % 7), Integer.toString(i));
        }

        HeaderMap headers = builder.build();

        assertThat(headers.keySet()).containsExactly("x-h0", "x-h1", "x-h2", "x-h3", "x-h4", "x-h5", "x-h6");
        List<String> expected = new ArrayList<>();
        for (int i = 3; i < 300; i += 7) {
            expected.add(Integer.toString(i));
        }
        assertThat(headers.get("X-H3")).containsExactlyElementsOf(expected);
    }

    @Test
    void copyOfMergesNamesDifferingInCaseSkipsNullsAndKeepsAHeaderMapAsItIs() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        map.put("Warning", List.of("1"));
        map.put("warning", List.of("2", "3"));
        map.put(null, List.of("HTTP/1.1 200 OK"));
        map.put("X-Empty", null);

        HeaderMap copy = HeaderMap.copyOf(map);

        assertThat(copy).containsOnlyKeys("warning");
        assertThat(copy.get("WARNING")).containsExactly("1", "2", "3");
        assertThat(HeaderMap.copyOf(copy)).isSameAs(copy);
        assertThat(HeaderMap.copyOf(Map.of())).isSameAs(HeaderMap.EMPTY).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> HeaderMap.builder(1).add("a", null));
    }

    @Test
    void aBuilderMakesOneMapAndTakesNoLinesAfter() {
        HeaderMap.Builder builder = HeaderMap.builder(1).add("a", "1");
        HeaderMap built = builder.build();

        assertThatIllegalStateException().isThrownBy(() -> builder.add("b", "2"));
        assertThatIllegalStateException().isThrownBy(builder::build);
        assertThat(built).containsExactly(Map.entry("a", List.of("1")));
    }

    @Test
    void lookupsBeforeAndAfterTheSortedViewAgreeAndTheMapSurvivesSerialization() throws Exception {
        HeaderMap headers = captureLike();
        List<String> before = headers.get("Set-Cookie");
        assertThat(headers.containsKey("CONTENT-TYPE")).isTrue();

        assertThat(headers.keySet()).hasSize(5); // makes the sorted view
        assertThat(headers.get("set-cookie")).isEqualTo(before);

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(headers);
        }
        Object read;
        try (java.io.ObjectInputStream in =
                new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            read = in.readObject();
        }
        assertThat(read).isInstanceOf(HeaderMap.class).isEqualTo(headers);
        assertThat(((HeaderMap) read).get("X-Request-Id")).containsExactly("req_1");
    }
}
