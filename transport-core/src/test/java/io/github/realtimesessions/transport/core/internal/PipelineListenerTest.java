package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.fail;
import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.InternalServerException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.spi.AttemptInfo;
import io.github.realtimesessions.port.spi.Outcome;
import io.github.realtimesessions.port.spi.RequestListener;
import io.github.realtimesessions.port.spi.RequestObserver;
import io.github.realtimesessions.port.spi.RequestResult;
import io.github.realtimesessions.port.spi.RequestStart;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The request listener hears of every call, attempt by attempt, and can never break one. */
class PipelineListenerTest extends PipelineFixture {

    @Test
    void aCallWithRetriesIsHeardFromStartToEnd() {
        exchange.then(respond(error(503, "x-request-id", "req_1", "retry-after-ms", "5")),
                fail(new SocketException("Connection reset")),
                respond(FakeResponse.json(200, MINTED, "x-request-id", "req_3")));

        mint(pipeline());

        assertThat(listener.starts).containsExactly(new RequestStart(Endpoint.CLIENT_SECRETS, "fake", false));
        assertThat(listener.attempts).hasSize(3);
        AttemptInfo first = listener.attempts.get(0);
        assertThat(first.endpoint()).isEqualTo(Endpoint.CLIENT_SECRETS);
        assertThat(first.transport()).isEqualTo("fake");
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.outcome()).isEqualTo(Outcome.SERVER_ERROR);
        assertThat(first.requestId()).isEqualTo("req_1");
        assertThat(first.retryDelay()).isEqualTo(Duration.ofMillis(5));
        assertThat(first.duration()).isGreaterThanOrEqualTo(Duration.ZERO);
        AttemptInfo second = listener.attempts.get(1);
        assertThat(second.status()).isZero();
        assertThat(second.outcome()).isEqualTo(Outcome.CONNECTION_ERROR);
        assertThat(second.requestId()).isNull();
        assertThat(second.retryDelay()).isEqualTo(Duration.ofMillis(20));
        AttemptInfo third = listener.attempts.get(2);
        assertThat(third.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.requestId()).isEqualTo("req_3");
        assertThat(third.retryDelay()).isNull();
        assertThat(listener.results).singleElement().satisfies(result -> {
            assertThat(result.endpoint()).isEqualTo(Endpoint.CLIENT_SECRETS);
            assertThat(result.attempts()).isEqualTo(3);
            assertThat(result.status()).isEqualTo(200);
            assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(result.requestId()).isEqualTo("req_3");
            assertThat(result.failure()).isNull();
            assertThat(result.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(25));
        });
    }

    @Test
    void aFailedCallEndsWithItsFailure() {
        exchange.always(() -> error(500, "x-request-id", "req_500"));

        Throwable thrown = catchThrowable(() -> mint(pipeline(settings().maxRetries(1).build())));

        assertThat(listener.results).singleElement().satisfies(result -> {
            assertThat(result.failure()).isSameAs(thrown);
            assertThat(result.outcome()).isEqualTo(Outcome.SERVER_ERROR);
            assertThat(result.status()).isEqualTo(500);
            assertThat(result.requestId()).isEqualTo("req_500");
            assertThat(result.attempts()).isEqualTo(2);
        });
        assertThat(thrown).isInstanceOf(InternalServerException.class);
    }

    @Test
    void anAsynchronousCallSaysSo() {
        exchange.then(respond(ok()));

        pipeline().executeAsync(Operations.CLIENT_SECRETS, request(), RequestOptions.defaults()).join();

        assertThat(listener.starts).containsExactly(new RequestStart(Endpoint.CLIENT_SECRETS, "fake", true));
        assertThat(listener.results).singleElement()
                .satisfies(result -> assertThat(result.outcome()).isEqualTo(Outcome.SUCCESS));
    }

    @Test
    void aHangUpIsHeardAsItsEndpoint() {
        exchange.then(respond(FakeResponse.of(200, "")));

        pipeline().execute(Operations.HANGUP, "rtc_1", RequestOptions.defaults());

        assertThat(listener.starts).extracting(RequestStart::endpoint).containsExactly(Endpoint.HANGUP);
    }

    /** A listener failing everywhere it can. */
    private static final RequestListener THROWING_OBSERVER = start -> new RequestObserver() {
        @Override
        public void attemptFinished(AttemptInfo attempt) {
            throw new IllegalStateException("listener bug");
        }

        @Override
        public void requestFinished(RequestResult result) {
            throw new IllegalStateException("listener bug");
        }
    };

    @Test
    void aThrowingListenerNeverBreaksACall() {
        exchange.then(respond(error(503)), respond(ok()), respond(error(400)));
        ClientSettings throwingObserver = settings().listener(THROWING_OBSERVER).build();
        ClientSettings throwingStart = settings().listener(start -> {
            throw new IllegalStateException("listener bug");
        }).build();
        ClientSettings nullObserver = settings().listener(start -> null).build();

        assertThat(mint(pipeline(throwingObserver)).value()).isEqualTo(WireFixtures.CAPTURE_SECRET);
        assertThat(catchThrowable(() -> mint(pipeline(throwingStart)))).as("the call's own failure, not the listener's")
                .isInstanceOf(io.github.realtimesessions.port.BadRequestException.class);
        exchange.then(respond(ok()), respond(ok()));
        assertThat(mint(pipeline(nullObserver)).value()).isNotNull();
        assertThat(pipeline(throwingObserver).executeAsync(Operations.CLIENT_SECRETS, request(),
                RequestOptions.defaults()).join().value()).isNotNull();
    }
}
