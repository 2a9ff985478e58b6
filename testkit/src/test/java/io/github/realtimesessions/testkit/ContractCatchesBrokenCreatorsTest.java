package io.github.realtimesessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.BadRequestException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.ConflictException;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.RetryPolicy;
import io.github.realtimesessions.port.SessionCreator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contract can fail: each case here runs one contract case against a deliberately broken creator and expects
 * the contract to reject it. A suite that passes everything would prove nothing.
 */
class ContractCatchesBrokenCreatorsTest {

    @Test
    void missingAcceptHeaderFailsTheHeaderCase() {
        assertContractFails(
                settings -> new JdkHttpSessionCreator(settings, name -> !name.equals("Accept")),
                SessionCreatorContract::sendsPostWithEveryHeader);
    }

    @Test
    void reportingEveryFailureAsTimeoutFailsTheResetCases() {
        Function<ClientSettings, SessionCreator> allTimeouts = settings -> {
            SessionCreator real = new JdkHttpSessionCreator(settings);
            return request -> {
                try {
                    return real.create(request);
                } catch (ApiConnectionException e) {
                    throw new ApiTimeoutException("everything is a timeout", e);
                }
            };
        };
        assertContractFails(allTimeouts, SessionCreatorContract::connectionResetIsConnectionException);
        assertContractFails(allTimeouts, SessionCreatorContract::brokenConnectionIsConnectionException);
    }

    @Test
    void silentlyRetryingFailsTheBrokenConnectionCase() {
        assertContractFails(settings -> {
            SessionCreator real = new JdkHttpSessionCreator(settings);
            return request -> {
                try {
                    return real.create(request);
                } catch (ApiConnectionException e) {
                    return real.create(request);
                }
            };
        }, SessionCreatorContract::brokenConnectionIsConnectionException);
    }

    @Test
    void droppingDisabledSettingsFailsTheNullCases() {
        Function<ClientSettings, SessionCreator> dropsDisabled = settings -> {
            SessionCreator real = new JdkHttpSessionCreator(settings);
            return request -> real.create(request.toBuilder()
                    .turnDetectionSetting(request.turnDetection() != null && request.turnDetection().isEnabled()
                            ? request.turnDetection() : null)
                    .build());
        };
        assertContractFails(dropsDisabled, SessionCreatorContract::disabledSettingsComeBackDisabled);
        assertContractFails(dropsDisabled, SessionCreatorContract::distinguishesUnsetFromDisabledFields);
    }

    @Test
    void genericStatusExceptionsFailTheStatusMatrix() {
        assertContractFails(settings -> {
            SessionCreator real = new JdkHttpSessionCreator(settings);
            return request -> {
                try {
                    return real.create(request);
                } catch (ApiStatusException e) {
                    throw new ApiStatusException(e.error());
                }
            };
        }, contract -> contract.errorStatusMapsToExceptionType(429, RateLimitException.class, "requests",
                "rate_limit_exceeded", null, Duration.ofMillis(1500), null));
    }

    @Test
    void ignoringTheRequestFailsTheEchoCase() {
        assertContractFails(settings -> {
            SessionCreator real = new JdkHttpSessionCreator(settings);
            return request -> real.create(RealtimeSessionCreateRequest.builder().build());
        }, SessionCreatorContract::fullRequestIsEchoedFieldByField);
    }

    @Test
    void notRetryingFailsTheRetryCases() {
        Function<ClientSettings, SessionCreator> neverRetries =
                settings -> new JdkHttpSessionCreator(settings.toBuilder().maxRetries(0).build());
        assertContractFails(neverRetries, contract -> contract.faultStatusIsRetriedAsThePolicySays(
                409, ConflictException.class, Map.of(), 3));
        assertContractFails(neverRetries, SessionCreatorContract::serverErrorThenSuccess);
        assertContractFails(neverRetries, SessionCreatorContract::refusedConnectionIsRetriedThenSurfaces);
    }

    @Test
    void retryingAnswersThatMayHaveMintedASessionFailsTheFormatCases() {
        Function<ClientSettings, SessionCreator> retriesEverything = settings -> {
            SessionCreator real = new JdkHttpSessionCreator(settings);
            return request -> {
                try {
                    return real.create(request);
                } catch (ResponseFormatException | BadRequestException e) {
                    return real.create(request);
                }
            };
        };
        assertContractFails(retriesEverything, SessionCreatorContract::malformedSuccessBodyIsNotRetried);
        assertContractFails(retriesEverything, contract -> contract.faultStatusIsRetriedAsThePolicySays(
                400, BadRequestException.class, Map.of(), 1));
    }

    @Test
    void retryingPastTheServerDelayLimitFailsTheLongRetryAfterCase() {
        // A policy that honours an hour's server delay retries the 429 (here without really waiting).
        assertContractFails(settings -> new JdkHttpSessionCreator(settings.toBuilder()
                                .retryPolicy(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50),
                                        Duration.ofHours(2)))
                                .build(),
                        name -> true, null, delay -> {}),
                SessionCreatorContract::rateLimitBeyondMaxServerDelayFailsAtOnce);
    }

    @Test
    void echoingTheKeyInAMessageFailsTheSecretCases() {
        Function<ClientSettings, SessionCreator> echoesTheKey = settings -> {
            SessionCreator real = new JdkHttpSessionCreator(settings);
            return request -> {
                try {
                    return real.create(request);
                } catch (RealtimeApiException e) {
                    throw new ApiConnectionException("failed for key " + settings.apiKey(), e);
                }
            };
        };
        assertContractFails(echoesTheKey, SessionCreatorContract::resetBeforeAnswerIsRetriedThenSurfaces);
        assertContractFails(echoesTheKey, contract -> contract.exceptionsNeverRepeatTheKeyOrASecret(
                key -> Fault.status(503, null, null, Map.of()), ApiConnectionException.class));
    }

    @Test
    void loggingTheKeyFailsTheLogCase() {
        Logger log = LoggerFactory.getLogger("io.github.realtimesessions.testkit.careless");
        Probe probe = new Probe(settings -> {
            SessionCreator real = new JdkHttpSessionCreator(settings);
            return request -> {
                log.debug("creating a session with key {}", settings.apiKey());
                return real.create(request);
            };
        }) {
            @Override
            protected LogCapture captureLogs() {
                return LogbackLogCapture.start();
            }
        };
        assertThat(run(probe, SessionCreatorContract::logsCarryNoSecret)).isInstanceOf(AssertionError.class);
        assertThat(run(new Probe(JdkHttpSessionCreator::new) {
            @Override
            protected LogCapture captureLogs() {
                return LogbackLogCapture.start();
            }
        }, SessionCreatorContract::logsCarryNoSecret)).isNull();
    }

    @Test
    void trustingAnyCertificateFailsTheTlsCase() throws Exception {
        SSLContext trustsAnything = SSLContext.getInstance("TLS");
        trustsAnything.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        assertContractFails(settings -> new JdkHttpSessionCreator(settings, name -> true, trustsAnything),
                SessionCreatorContract::tlsCertificatesAreVerifiedByDefault);
    }

    @Test
    void leasedConnectionsFailTheLeakCheck() {
        Probe probe = new Probe(JdkHttpSessionCreator::new) {
            @Override
            protected int leasedConnections(SessionCreator creator) {
                return 1;
            }
        };
        assertThat(run(probe, SessionCreatorContract::minimalRequestGetsRealisticSession))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("still leased");
    }

    @Test
    void aWorkingCreatorPassesTheSameCases() {
        Probe probe = new Probe(JdkHttpSessionCreator::new);
        assertThat(run(probe, SessionCreatorContract::sendsPostWithEveryHeader)).isNull();
        assertThat(run(probe, SessionCreatorContract::connectionResetIsConnectionException)).isNull();
        assertThat(run(probe, SessionCreatorContract::disabledSettingsComeBackDisabled)).isNull();
        assertThat(run(probe, SessionCreatorContract::serverErrorThenSuccess)).isNull();
        assertThat(run(probe, SessionCreatorContract::malformedSuccessBodyIsNotRetried)).isNull();
        assertThat(run(probe, SessionCreatorContract::resetBeforeAnswerIsRetriedThenSurfaces)).isNull();
        assertThat(run(probe, SessionCreatorContract::tlsCertificatesAreVerifiedByDefault)).isNull();
    }

    private static void assertContractFails(
            Function<ClientSettings, SessionCreator> factory, Consumer<SessionCreatorContract> contractCase) {
        // A case rejects a creator by a failed assertion, or by the library exception a working creator avoids.
        assertThat(run(new Probe(factory), contractCase))
                .as("the contract case should reject the broken creator")
                .isInstanceOfAny(AssertionError.class, RealtimeApiException.class);
    }

    /** Runs one contract case with its lifecycle, returning what it threw, or {@code null}. */
    private static Throwable run(Probe probe, Consumer<SessionCreatorContract> contractCase) {
        Throwable failure = null;
        probe.startContractServer();
        try {
            contractCase.accept(probe);
        } catch (Throwable t) {
            failure = t;
        } finally {
            try {
                probe.closeContractResources();
            } catch (AssertionError e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        return failure;
    }

    /** A contract instance driven by hand; private, so JUnit does not discover it as a test class. */
    private static class Probe extends SessionCreatorContract {
        private final Function<ClientSettings, SessionCreator> factory;

        Probe(Function<ClientSettings, SessionCreator> factory) {
            this.factory = factory;
        }

        @Override
        protected SessionCreator createSessionCreator(ClientSettings settings) {
            return factory.apply(settings);
        }
    }
}
