package io.github.realtimesessions.transport.core.internal;

import static io.github.realtimesessions.transport.core.internal.ScriptedExchange.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.CredentialException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.TokenSource;
import io.github.realtimesessions.port.spi.AttemptInfo;
import io.github.realtimesessions.port.spi.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer tokens through the pipeline: cached, refreshed once on 401, fetched once for many callers, never leaked. */
class PipelineCredentialTest extends PipelineFixture {

    /** A source handing out token-1, token-2, ... valid for ten minutes each. */
    private final class Tokens implements TokenSource {
        final AtomicInteger fetches = new AtomicInteger();
        final Function<Integer, AccessToken> make;

        Tokens() {
            this(n -> new AccessToken("token-" + n, clock.instant().plus(Duration.ofMinutes(10))));
        }

        Tokens(Function<Integer, AccessToken> make) {
            this.make = make;
        }

        @Override
        public AccessToken fetchToken() {
            return make.apply(fetches.incrementAndGet());
        }
    }

    private ClientSettings bearer(TokenSource source) {
        return settings().credential(Credential.bearerTokens(source)).build();
    }

    private List<String> authorizations() {
        List<String> values = new ArrayList<>();
        exchange.requests().forEach(request -> values.add(request.headers().first("Authorization")));
        return values;
    }

    @Test
    void aTokenIsCachedUntilTheRefreshMargin() {
        Tokens tokens = new Tokens();
        exchange.always(PipelineFixture::ok);
        Pipeline pipeline = pipeline(bearer(tokens));

        mint(pipeline);
        clock.advance(Duration.ofMinutes(7));
        mint(pipeline);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mint(pipeline);

        assertThat(authorizations()).containsExactly("Bearer token-1", "Bearer token-1", "Bearer token-2");
        assertThat(tokens.fetches).hasValue(2);
    }

    @Test
    void aRefusedTokenIsReplacedOnceAndTheCallRetriedAtOnce() {
        Tokens tokens = new Tokens();
        exchange.then(respond(error(401)), respond(ok()));

        assertThat(mint(pipeline(bearer(tokens))).value()).isEqualTo(WireFixtures.CAPTURE_SECRET);

        assertThat(authorizations()).containsExactly("Bearer token-1", "Bearer token-2");
        assertThat(tokens.fetches).hasValue(2);
        assertThat(listener.attempts).extracting(AttemptInfo::outcome).containsExactly(Outcome.CLIENT_ERROR, Outcome.SUCCESS);
        assertThat(listener.attempts.get(0).retryDelay()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aFreshTokenRefusedTooIsAnAuthenticationExceptionAfterExactlyOneRefresh() {
        Tokens tokens = new Tokens();
        exchange.always(() -> error(401));

        Throwable thrown = catchThrowable(() -> mint(pipeline(bearer(tokens))));

        assertThat(thrown).isExactlyInstanceOf(AuthenticationException.class);
        assertThat(((AuthenticationException) thrown).attempts()).isEqualTo(2);
        assertThat(thrown.getSuppressed()).singleElement().isInstanceOf(AuthenticationException.class);
        assertThat(tokens.fetches).hasValue(2);
        assertThat(exchange.calls()).isEqualTo(2);
    }

    @Test
    void theRefreshDoesNotNeedARetryBudget() {
        Tokens tokens = new Tokens();
        exchange.then(respond(error(401)), respond(ok()));

        mint(pipeline(bearer(tokens)), RequestOptions.builder().maxRetries(0).build());

        assertThat(exchange.calls()).isEqualTo(2);
    }

    @Test
    void aRefusedApiKeyIsNotRetried() {
        exchange.then(respond(error(401)));

        assertThat(catchThrowable(() -> mint(pipeline()))).isExactlyInstanceOf(AuthenticationException.class);
        assertThat(exchange.calls()).isEqualTo(1);
    }

    @Test
    void manyConcurrentCallersWithAnExpiredTokenCauseOneFetch() throws Exception {
        int callers = 32;
        CountDownLatch allCalling = new CountDownLatch(callers);
        AtomicInteger fetches = new AtomicInteger();
        TokenSource source = () -> {
            int n = fetches.incrementAndGet();
            if (n > 1) {
                try {
                    // Hold the second fetch until every caller is on its way, all with the same expired token.
                    allCalling.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new AccessToken("token-" + n, clock.instant().plus(Duration.ofMinutes(3)));
        };
        exchange.always(PipelineFixture::ok);
        Pipeline pipeline = pipeline(bearer(source));
        mint(pipeline);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(pool.submit(() -> {
                    allCalling.countDown();
                    return mint(pipeline);
                }));
            }
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(fetches).as("one fetch for the first call, one for all 32").hasValue(2);
        assertThat(authorizations().subList(1, callers + 1)).containsOnly("Bearer token-2");
    }

    @Test
    void aFailingTokenSourceIsACredentialExceptionWithItsCauseAndNothingIsSent() {
        IllegalStateException failure = new IllegalStateException("AADSTS7000215: Invalid client secret provided");
        Tokens tokens = new Tokens(n -> {
            throw failure;
        });

        Throwable thrown = catchThrowable(() -> mint(pipeline(bearer(tokens))));

        assertThat(thrown).isExactlyInstanceOf(CredentialException.class).hasCause(failure)
                .hasMessageNotContaining("Invalid client secret");
        assertThat(exchange.calls()).isZero();
        assertThat(tokens.fetches).as("not retried").hasValue(1);
        assertThat(listener.results).singleElement()
                .satisfies(result -> assertThat(result.outcome()).isEqualTo(Outcome.CREDENTIAL_ERROR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"two words", "nul\u0000", "line\nbreak", ""})
    void aTokenThatCannotGoIntoAHeaderIsRefusedAndNothingIsSent(String token) {
        Throwable thrown = catchThrowable(() -> mint(pipeline(bearer(() -> new AccessToken(token, null)))));

        assertThat(thrown).isExactlyInstanceOf(CredentialException.class)
                .hasMessageContaining("cannot be sent in a header");
        assertThat(exchange.calls()).isZero();
    }

    @Test
    void aTokenEchoedInAnErrorIsRedactedByValue() {
        exchange.then(respond(FakeResponse.json(403, "{\"error\":{\"message\":\"token token-1 lacks a role\"}}",
                "x-request-id", "token-1")));

        Throwable thrown = catchThrowable(() -> mint(pipeline(bearer(new Tokens()))));

        assertThat(thrown.getMessage()).doesNotContain("token-1").contains(Redactor.MASK);
        assertThat(((io.github.realtimesessions.port.ApiStatusException) thrown).body()).doesNotContain("token-1");
    }
}
