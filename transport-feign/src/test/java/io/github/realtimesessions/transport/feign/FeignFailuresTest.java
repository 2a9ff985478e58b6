package io.github.realtimesessions.transport.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.FeignException;
import feign.Request;
import feign.Request.HttpMethod;
import feign.Response;
import feign.RetryableException;
import feign.codec.DecodeException;
import io.github.realtimesessions.port.ApiError;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.transport.core.SessionCall;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How Feign's exceptions are taken apart. Pure translation of exception objects: no HTTP is involved, the transport's
 * behaviour over the wire is covered by {@link FeignSessionCreatorTest} and the contract.
 */
class FeignFailuresTest {

    private static final String API_KEY = "sk-feign-failures-test-key-1234";
    private static final SessionCall CALL = SessionCall.create(
            ClientSettings.builder().apiKey(API_KEY).baseUri("http://127.0.0.1:9/v1").build(), "feign");
    private static final Request REQUEST = Request.create(
            HttpMethod.POST, CALL.uri().toString(), Map.of(), new byte[0], StandardCharsets.UTF_8, null);

    @Test
    void libraryExceptionInsideDecodeExceptionComesOutUnchanged() throws IOException {
        NotFoundException notFound = new NotFoundException(new ApiError(404, null, null, null, "gone", "req_1", null,
                null, null));
        DecodeException wrapped = new DecodeException(404, "wrapped", REQUEST, notFound);

        assertThat(FeignFailures.translate(wrapped, CALL)).isSameAs(notFound);
    }

    @Test
    void ioFailureInsideRetryableExceptionIsRethrownForSessionCallToMap() {
        SocketTimeoutException timeout = new SocketTimeoutException("Read timed out");
        RetryableException wrapped =
                new RetryableException(-1, "Read timed out executing POST", HttpMethod.POST, timeout, (Long) null, REQUEST);

        assertThatThrownBy(() -> FeignFailures.translate(wrapped, CALL)).isSameAs(timeout);
    }

    @Test
    void statusExceptionFromOutsideTheCodecsBecomesTheStatusSubtypeWithRequestId() throws IOException {
        Response response = Response.builder()
                .status(503)
                .headers(Map.of("X-Request-Id", List.of("req_outside")))
                .body("{\"error\":{\"message\":\"busy\",\"type\":\"server_error\"}}", StandardCharsets.UTF_8)
                .request(REQUEST)
                .build();
        FeignException feign = FeignException.errorStatus("RealtimeSessionsApi#createSession(byte[])", response);

        RealtimeApiException mapped = FeignFailures.translate(feign, CALL);

        assertThat(mapped).isInstanceOfSatisfying(InternalServerException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.requestId()).isEqualTo("req_outside");
            assertThat(e.errorMessage()).isEqualTo("busy");
            assertThat(e.getSuppressed()).containsExactly(feign);
        });
    }

    @Test
    void anyOtherFeignExceptionIsWrappedWithTheKeyRedacted() throws IOException {
        FeignException odd = new FeignException.FeignClientException(
                -1, "interceptor failed for Bearer " + API_KEY, REQUEST, null, null);

        RealtimeApiException mapped = FeignFailures.translate(odd, CALL);

        assertThat(mapped).isExactlyInstanceOf(RealtimeApiException.class).hasCause(odd);
        assertThat(mapped.getMessage()).contains(CALL.uri().toString()).doesNotContain(API_KEY);
    }
}
