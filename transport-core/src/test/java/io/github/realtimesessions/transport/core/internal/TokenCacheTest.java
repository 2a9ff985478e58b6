package io.github.realtimesessions.transport.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.realtimesessions.port.AccessToken;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.CredentialException;
import io.github.realtimesessions.port.TokenSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer tokens: fetched when needed, kept until the refresh margin, one fetch at a time, replaced once when refused. */
class TokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);

    /** A source handing out token-1, token-2, ... each valid for {@code lifetime}. */
    private static final class CountingSource implements TokenSource {
        final AtomicInteger fetches = new AtomicInteger();
        final MutableClock clock;
        final Duration lifetime;

        CountingSource(MutableClock clock, Duration lifetime) {
            this.clock = clock;
            this.lifetime = lifetime;
        }

        @Override
        public AccessToken fetchToken() {
            int n = fetches.incrementAndGet();
            return new AccessToken("token-" + n, lifetime == null ? null : clock.instant().plus(lifetime));
        }
    }

    private TokenCache cache(TokenSource source) {
        return new TokenCache(Credential.bearerTokens(source), clock);
    }

    @Test
    void aTokenIsKeptUntilTheRefreshMarginBeforeItsExpiry() {
        CountingSource source = new CountingSource(clock, Duration.ofMinutes(10));
        TokenCache tokens = cache(source);

        assertThat(tokens.token()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(7).plusSeconds(59));
        assertThat(tokens.token()).as("2 min 1 s left: still good").isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).as("2 min left: within the default margin").isEqualTo("token-2");
        assertThat(source.fetches).hasValue(2);
    }

    @Test
    void theMarginIsTheCredentials() {
        CountingSource source = new CountingSource(clock, Duration.ofMinutes(10));
        TokenCache tokens = new TokenCache(Credential.bearerTokens(source).withRefreshMargin(Duration.ZERO), clock);

        tokens.token();
        clock.advance(Duration.ofMinutes(9).plusSeconds(59));
        assertThat(tokens.token()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.token()).isEqualTo("token-2");
    }

    @Test
    void aTokenWithoutExpiryIsKeptUntilRefused() {
        CountingSource source = new CountingSource(clock, null);
        TokenCache tokens = cache(source);

        tokens.token();
        clock.advance(Duration.ofDays(365));
        assertThat(tokens.token()).isEqualTo("token-1");
        assertThat(tokens.refresh("token-1")).isEqualTo("token-2");
        assertThat(tokens.token()).isEqualTo("token-2");
        assertThat(source.fetches).hasValue(2);
    }

    @Test
    void aRefusedTokenAlreadyReplacedByAnotherThreadIsNotFetchedAgain() {
        CountingSource source = new CountingSource(clock, Duration.ofMinutes(10));
        TokenCache tokens = cache(source);
        tokens.token();

        assertThat(tokens.refresh("token-1")).isEqualTo("token-2");
        assertThat(tokens.refresh("token-1")).as("another caller refused the old token too").isEqualTo("token-2");
        assertThat(source.fetches).hasValue(2);
    }

    @Test
    void manyCallersWithAnExpiredTokenCauseOneFetch() throws Exception {
        int callers = 32;
        CountDownLatch allWaiting = new CountDownLatch(callers);
        AtomicInteger fetches = new AtomicInteger();
        TokenCache tokens = cache(() -> {
            fetches.incrementAndGet();
            try {
                // Hold the fetch until every caller has asked, so that they all find no usable token.
                allWaiting.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new AccessToken("fresh", clock.instant().plus(Duration.ofHours(1)));
        });
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    allWaiting.countDown();
                    return tokens.token();
                }));
            }
            Set<String> seen = ConcurrentHashMap.newKeySet();
            for (Future<String> result : results) {
                seen.add(result.get(10, TimeUnit.SECONDS));
            }

            assertThat(seen).containsExactly("fresh");
            assertThat(fetches).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingSourceIsACredentialExceptionWithItsCauseButNotItsMessage() {
        IllegalStateException failure = new IllegalStateException("client secret s3cr3t-value rejected");
        TokenCache tokens = cache(() -> {
            throw failure;
        });

        Throwable thrown = catchThrowable(tokens::token);

        assertThat(thrown).isExactlyInstanceOf(CredentialException.class).hasCause(failure)
                .hasMessageContaining("failed (java.lang.IllegalStateException); nothing was sent")
                .hasMessageNotContaining("s3cr3t-value");
    }

    @Test
    void aSourceReturningNothingIsACredentialException() {
        assertThat(catchThrowable(cache(() -> null)::token)).isExactlyInstanceOf(CredentialException.class)
                .hasMessageContaining("returned no token; nothing was sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "nul\u0000inside", "line\r\nbreak", "ümlaut", "tab\tinside", "\u2028"})
    void aTokenThatCannotGoIntoAHeaderIsRefusedWithoutBeingQuoted(String token) {
        TokenCache tokens = cache(() -> new AccessToken(token, null));

        Throwable thrown = catchThrowable(tokens::token);

        assertThat(thrown).isExactlyInstanceOf(CredentialException.class)
                .hasMessageContaining("cannot be sent in a header").hasMessageContaining("nothing was sent");
        if (!token.isBlank()) {
            assertThat(thrown.getMessage()).doesNotContain(token);
        }
    }

    @Test
    void theLastFewTokensAreRememberedForRedactionNewestFirst() {
        CountingSource source = new CountingSource(clock, null);
        TokenCache tokens = cache(source);
        assertThat(tokens.recentTokens()).isEmpty();

        tokens.token();
        for (int i = 1; i <= 5; i++) {
            tokens.refresh("token-" + i);
        }

        assertThat(tokens.recentTokens()).containsExactly("token-6", "token-5", "token-4", "token-3");
    }
}
