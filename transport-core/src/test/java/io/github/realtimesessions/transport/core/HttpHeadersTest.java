package io.github.realtimesessions.transport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Headers in order, repeated ones with every value, names matched in any case, values never in toString. */
class HttpHeadersTest {

    private final HttpHeaders headers = HttpHeaders.builder()
            .add("Content-Type", "application/json")
            .add("Set-Cookie", "a=1")
            .add("X-Request-ID", "req_1")
            .add("set-cookie", "b=2")
            .build();

    @Test
    void lookupsIgnoreCaseAndKeepEveryValueInOrder() {
        assertThat(headers.first("content-type")).isEqualTo("application/json");
        assertThat(headers.first("SET-COOKIE")).isEqualTo("a=1");
        assertThat(headers.all("Set-Cookie")).containsExactly("a=1", "b=2");
        assertThat(headers.contains("x-request-id")).isTrue();
        assertThat(headers.contains("Location")).isFalse();
        assertThat(headers.first("Location")).isNull();
        assertThat(headers.all("Location")).isEmpty();
        assertThat(headers.size()).isEqualTo(4);
    }

    @Test
    void forEachGivesTheLinesAsAdded() {
        List<String> lines = new ArrayList<>();
        headers.forEach((name, value) -> lines.add(name + "=" + value));

        assertThat(lines).containsExactly("Content-Type=application/json", "Set-Cookie=a=1", "X-Request-ID=req_1",
                "set-cookie=b=2");
    }

    @Test
    void asAMapTheNamesAreLowerCaseInOrderOfFirstAppearance() {
        Map<String, List<String>> map = headers.toMap();

        assertThat(map.keySet()).containsExactly("content-type", "set-cookie", "x-request-id");
        assertThat(map.get("set-cookie")).containsExactly("a=1", "b=2");
        assertThatThrownBy(() -> map.put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.get("set-cookie").add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void setReplacesEveryValueAndRemoveTakesEveryLine() {
        HttpHeaders changed = headers.toBuilder().set("SET-COOKIE", "c=3").remove("x-request-id").build();

        assertThat(changed.all("set-cookie")).containsExactly("c=3");
        assertThat(changed.contains("X-Request-ID")).isFalse();
        assertThat(headers.all("set-cookie")).as("the original is immutable").containsExactly("a=1", "b=2");
    }

    @Test
    void aBuilderKeepsWorkingAfterBuildWithoutChangingWhatItBuilt() {
        // A builder sized exactly hands its array to the headers it builds: what it does next must not show there.
        HttpHeaders.Builder builder = HttpHeaders.builder(2).add("A", "1").add("B", "2");
        HttpHeaders first = builder.build();

        HttpHeaders removed = builder.remove("a").build();
        HttpHeaders added = builder.add("C", "3").add("D", "4").build();

        assertThat(lines(first)).containsExactly("A: 1", "B: 2");
        assertThat(lines(removed)).containsExactly("B: 2");
        assertThat(lines(added)).containsExactly("B: 2", "C: 3", "D: 4");
        assertThat(HttpHeaders.builder(0).add("x", "y").add("z", "w").build().size()).isEqualTo(2);
    }

    @Test
    void toStringNamesTheHeadersButNeverTheirValues() {
        HttpHeaders secret = HttpHeaders.builder().add("Authorization", "Bearer sk-secret-value").build();

        assertThat(secret.toString()).isEqualTo("[Authorization]").doesNotContain("sk-secret-value");
    }

    @Test
    void emptyIsEmpty() {
        assertThat(HttpHeaders.empty().size()).isZero();
        assertThat(HttpHeaders.builder().build()).isSameAs(HttpHeaders.empty());
        assertThat(HttpHeaders.empty().toMap()).isEmpty();
    }

    @Test
    void nullsAreRefused() {
        assertThatThrownBy(() -> HttpHeaders.builder().add(null, "v")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> HttpHeaders.builder().add("n", null)).isInstanceOf(NullPointerException.class);
    }

    private static List<String> lines(HttpHeaders headers) {
        List<String> lines = new ArrayList<>();
        headers.forEach((name, value) -> lines.add(name + ": " + value));
        return lines;
    }
}
