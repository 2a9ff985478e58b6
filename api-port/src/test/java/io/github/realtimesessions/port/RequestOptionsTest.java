package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.Duration;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestOptionsTest {

    @Test
    void theDefaultsChangeNothing() {
        RequestOptions defaults = RequestOptions.defaults();

        assertThat(defaults.timeout()).isNull();
        assertThat(defaults.responseTimeout()).isNull();
        assertThat(defaults.maxRetries()).isNull();
        assertThat(defaults.extraHeaders()).isEmpty();
        assertThat(defaults).isSameAs(RequestOptions.defaults()).isEqualTo(RequestOptions.builder().build());
    }

    @Test
    void theBuilderKeepsEveryOption() {
        RequestOptions options = RequestOptions.builder()
                .timeout(Duration.ofSeconds(5))
                .responseTimeout(Duration.ofSeconds(2))
                .maxRetries(0)
                .extraHeader("X-Tenant", "t-1")
                .extraHeader("X-Trace", "abc")
                .build();

        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.responseTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.maxRetries()).isZero();
        assertThat(options.extraHeaders()).containsExactly(Map.entry("X-Tenant", "t-1"), Map.entry("X-Trace", "abc"));
    }

    static Stream<Arguments> durations() {
        return Stream.of(
                argumentSet("timeout", "timeout", (BiConsumer<RequestOptions.Builder, Duration>) RequestOptions.Builder::timeout),
                argumentSet(
                        "responseTimeout",
                        "responseTimeout",
                        (BiConsumer<RequestOptions.Builder, Duration>) RequestOptions.Builder::responseTimeout));
    }

    @ParameterizedTest
    @MethodSource("durations")
    void durationsMustBePositive(String name, BiConsumer<RequestOptions.Builder, Duration> setter) {
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofNanos(-1)}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> setter.accept(RequestOptions.builder(), bad))
                    .withMessage(name + " must be positive (was " + bad + ")");
        }
        assertThatNullPointerException()
                .isThrownBy(() -> setter.accept(RequestOptions.builder(), null))
                .withMessageContaining(name);
        assertThatCode(() -> setter.accept(RequestOptions.builder(), Duration.ofNanos(1))).doesNotThrowAnyException();
    }

    @Test
    void maxRetriesMustNotBeNegative() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().maxRetries(-1))
                .withMessage("maxRetries must not be negative (was -1)");
        assertThat(RequestOptions.builder().maxRetries(Integer.MAX_VALUE).build().maxRetries())
                .isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aLaterValueWins() {
        RequestOptions options = RequestOptions.builder()
                .timeout(Duration.ofSeconds(1))
                .timeout(Duration.ofSeconds(9))
                .maxRetries(3)
                .maxRetries(1)
                .build();

        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(options.maxRetries()).isEqualTo(1);
    }

    @Test
    void aLaterHeaderReplacesAnEarlierOneOfTheSameNameInAnyCase() {
        RequestOptions options = RequestOptions.builder()
                .extraHeader("X-Tenant", "old")
                .extraHeader("X-Other", "1")
                .extraHeader("x-TENANT", "new")
                .build();

        assertThat(options.extraHeaders()).containsExactly(Map.entry("X-Other", "1"), Map.entry("x-TENANT", "new"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Authorization", "api-key", "API-KEY", "Content-Type", "Content-Encoding", "Accept-Encoding",
        "Transfer-Encoding", "Host", "User-Agent", "OpenAI-Organization", "openai-safety-identifier", "OPENAI-BETA",
    })
    void reservedHeadersAreRefusedQuotingTheNameNotTheValue(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().extraHeader(name, "VALUE-SECRET"))
                .withMessageStartingWith("request header " + name + " is set by the library")
                .withMessageNotContaining("VALUE-SECRET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X Tenant", "X-Tenant:", "X-\u00e9", "X-\n"})
    void namesThatAreNotTokensAreRefused(String name) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().extraHeader(name, "VALUE-SECRET"))
                .withMessageContaining("request header name")
                .withMessageContaining("must be a header token")
                .withMessageNotContaining("VALUE-SECRET");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\rb", "a\nb", "a\r\nX-Evil: 1", "a\u0000b", "a\u2028b"})
    void valuesThatCannotGoIntoAHeaderAreRefusedWithoutBeingQuoted(String value) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RequestOptions.builder().extraHeader("X-Tenant", "SECRET" + value))
                .withMessageStartingWith("request header X-Tenant must")
                .withMessageNotContaining("SECRET");
    }

    @Test
    void nullHeaderPartsAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> RequestOptions.builder().extraHeader(null, "v"));
        assertThatNullPointerException()
                .isThrownBy(() -> RequestOptions.builder().extraHeader("X-Tenant", null))
                .withMessageContaining("X-Tenant");
    }

    @Test
    void theHeadersCannotBeModifiedAndDoNotSeeLaterBuilderChanges() {
        RequestOptions.Builder builder = RequestOptions.builder().extraHeader("X-A", "1");
        RequestOptions options = builder.build();
        builder.extraHeader("X-B", "2");

        assertThat(options.extraHeaders()).containsOnlyKeys("X-A");
        assertThatCode(() -> options.extraHeaders().put("X-C", "3")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static RequestOptions full() {
        return RequestOptions.builder()
                .timeout(Duration.ofSeconds(5))
                .responseTimeout(Duration.ofSeconds(2))
                .maxRetries(1)
                .extraHeader("X-Tenant", "t-1")
                .build();
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("timeout", b -> b.timeout(Duration.ofSeconds(6))),
                change("responseTimeout", b -> b.responseTimeout(Duration.ofSeconds(3))),
                change("maxRetries", b -> b.maxRetries(2)),
                change("header value", b -> b.extraHeader("X-Tenant", "t-2")),
                change("header added", b -> b.extraHeader("X-Other", "1")));
    }

    private static Arguments change(String name, UnaryOperator<RequestOptions.Builder> change) {
        return argumentSet(name, change);
    }

    @ParameterizedTest
    @MethodSource("changes")
    void anyDifferenceMakesOptionsUnequal(UnaryOperator<RequestOptions.Builder> change) {
        RequestOptions changed = change.apply(RequestOptions.builder()
                        .timeout(Duration.ofSeconds(5))
                        .responseTimeout(Duration.ofSeconds(2))
                        .maxRetries(1)
                        .extraHeader("X-Tenant", "t-1"))
                .build();

        assertThat(changed).isNotEqualTo(full());
        assertThat(full()).isNotEqualTo(changed);
    }

    @Test
    void equalOptionsHaveEqualHashCodes() {
        assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full()).isNotEqualTo(null).isNotEqualTo("options");
    }

    @Test
    void toStringNamesTheHeadersButNotTheirValues() {
        assertThat(full())
                .hasToString("RequestOptions[timeout=PT5S, responseTimeout=PT2S, maxRetries=1, extraHeaders=[X-Tenant]]");
        assertThat(RequestOptions.builder().extraHeader("X-Proxy-Token", "tok-private").build().toString())
                .doesNotContain("tok-private");
    }
}
