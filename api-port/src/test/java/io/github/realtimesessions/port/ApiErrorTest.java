package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.github.realtimesessions.model.ResponseMetadata;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApiErrorTest {

    private static final ResponseMetadata METADATA = ResponseMetadata.of(400, Map.of("x-request-id", List.of("req_1")));

    private static ApiError full() {
        return ApiError.builder(400)
                .type("invalid_request_error")
                .code("invalid_value")
                .param("session.audio.output.speed")
                .message("Invalid value")
                .requestId("req_1")
                .body("{\"error\":{}}")
                .retryAfter(Duration.ofSeconds(1))
                .shouldRetry(Boolean.FALSE)
                .metadata(METADATA)
                .build();
    }

    @Test
    void aStatusAloneLeavesEverythingElseAbsent() {
        ApiError error = ApiError.ofStatus(502);

        assertThat(error.status()).isEqualTo(502);
        assertThat(error.type()).isNull();
        assertThat(error.code()).isNull();
        assertThat(error.param()).isNull();
        assertThat(error.message()).isNull();
        assertThat(error.requestId()).isNull();
        assertThat(error.body()).isNull();
        assertThat(error.retryAfter()).isNull();
        assertThat(error.shouldRetry()).isNull();
        assertThat(error.metadata()).isSameAs(ResponseMetadata.NONE);
        assertThat(error).isEqualTo(ApiError.builder(502).build());
    }

    @Test
    void ofSetsTheErrorBodysFields() {
        ApiError error = ApiError.of(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided");

        assertThat(error).isEqualTo(ApiError.builder(401)
                .type("invalid_request_error")
                .code("invalid_api_key")
                .message("Incorrect API key provided")
                .build());
    }

    @Test
    void theBuilderKeepsEveryField() {
        ApiError error = full();

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.type()).isEqualTo("invalid_request_error");
        assertThat(error.code()).isEqualTo("invalid_value");
        assertThat(error.param()).isEqualTo("session.audio.output.speed");
        assertThat(error.message()).isEqualTo("Invalid value");
        assertThat(error.requestId()).isEqualTo("req_1");
        assertThat(error.body()).isEqualTo("{\"error\":{}}");
        assertThat(error.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(error.shouldRetry()).isFalse();
        assertThat(error.metadata()).isSameAs(METADATA);
    }

    @Test
    void toBuilderRoundTripsAndChangesOneField() {
        ApiError error = full();

        ApiError copy = error.toBuilder().build();
        assertThat(copy).isEqualTo(error).hasSameHashCodeAs(error).isNotSameAs(error);
        assertThat(copy.metadata()).isSameAs(METADATA);
        assertThat(copy.body()).isEqualTo(error.body());

        ApiError changed = error.toBuilder().message("Other").build();
        assertThat(changed.message()).isEqualTo("Other");
        assertThat(changed.code()).isEqualTo("invalid_value");
    }

    @Test
    void metadataMustNotBeNull() {
        assertThatNullPointerException().isThrownBy(() -> ApiError.builder(400).metadata(null));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                change("type", b -> b.type("other")),
                change("code", b -> b.code(null)),
                change("param", b -> b.param("model")),
                change("message", b -> b.message("Other")),
                change("requestId", b -> b.requestId("req_2")),
                change("body", b -> b.body("{}")),
                change("retryAfter", b -> b.retryAfter(null)),
                change("shouldRetry", b -> b.shouldRetry(Boolean.TRUE)));
    }

    private static Arguments change(String name, UnaryOperator<ApiError.Builder> change) {
        return argumentSet(name, change);
    }

    @ParameterizedTest
    @MethodSource("changes")
    void anyDifferenceInTheAnswerMakesErrorsUnequal(UnaryOperator<ApiError.Builder> change) {
        ApiError changed = change.apply(full().toBuilder()).build();

        assertThat(changed).isNotEqualTo(full());
        assertThat(full()).isNotEqualTo(changed);
    }

    @Test
    void theStatusCountsForEquality() {
        assertThat(ApiError.ofStatus(400)).isNotEqualTo(ApiError.ofStatus(401)).isNotEqualTo(null).isNotEqualTo("400");
    }

    @Test
    void metadataIsNotPartOfEqualityAsForEveryAnswer() {
        ApiError withOtherHeaders = full().toBuilder()
                .metadata(ResponseMetadata.of(400, Map.of("x-request-id", List.of("req_1"), "date", List.of("today"))))
                .build();

        assertThat(withOtherHeaders).isEqualTo(full()).hasSameHashCodeAs(full());
    }

    @Test
    void toStringLeavesOutTheMessageAndTheBody() {
        assertThat(full())
                .hasToString("ApiError[status=400, type=invalid_request_error, code=invalid_value,"
                        + " param=session.audio.output.speed, requestId=req_1, retryAfter=PT1S, shouldRetry=false]");
    }
}
