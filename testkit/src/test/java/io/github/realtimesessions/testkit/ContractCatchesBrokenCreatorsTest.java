package io.github.realtimesessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.Audio;
import io.github.realtimesessions.model.AudioInput;
import io.github.realtimesessions.model.ClientSecretRequest;
import io.github.realtimesessions.model.ClientSecretResponse;
import io.github.realtimesessions.model.RealtimeSessionConfig;
import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AsyncSessionCreator;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.ConflictException;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.ResponseFormatException;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.contract.HttpTransportContract;
import io.github.realtimesessions.testkit.contract.SessionCreatorFixture;
import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.RawRequest;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contract can fail: each case runs contract cases against a deliberately broken creator and expects the contract
 * to reject it. A suite that passes everything would prove nothing.
 */
class ContractCatchesBrokenCreatorsTest {

    @Test
    void aMissingHeaderFailsTheHeaderCase() {
        assertContractFails(jdk(request -> withHeaders(request, request.headers().toBuilder().remove("Accept").build())),
                Probe::sendsTheCredentialAndEveryHeader);
    }

    @Test
    void sdpLineEndsChangedOnTheWayFailTheMultipartCases() {
        UnaryOperator<RawRequest> lf = request -> {
            String body = new String(request.body(), StandardCharsets.UTF_8);
            return body.contains("name=\"sdp\"")
                    ? withBody(request, body.replace("\r\na=", "\na=").getBytes(StandardCharsets.UTF_8))
                    : request;
        };
        assertContractFails(jdk(lf), Probe::callIsTheSpecsMultipartFormByteForByte);
        assertContractFails(jdk(lf), Probe::offerGetsAnSdpAnswerAndACallId);
    }

    @Test
    void reportingEveryFailureAsATimeoutFailsTheConnectionCases() {
        BiFunction<Probe, ClientSettings, SessionCreator> timeouts = (probe, settings) ->
                new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
                    @Override
                    public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
                        try {
                            return delegate.createClientSecret(request, options);
                        } catch (ApiConnectionException e) {
                            throw new ApiTimeoutException("everything is a timeout", e);
                        }
                    }
                };
        assertContractFails(timeouts, Probe::brokenConnectionIsAConnectionException);
        assertContractFails(timeouts, probe -> probe.brokenConnectionIsRetriedThenSurfaces(Fault.connectionReset()));
    }

    @Test
    void silentlyRetryingFailsTheBrokenConnectionCase() {
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
            @Override
            public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
                try {
                    return delegate.createClientSecret(request, options);
                } catch (ApiConnectionException e) {
                    return delegate.createClientSecret(request, options);
                }
            }
        }, Probe::brokenConnectionIsAConnectionException);
    }

    @Test
    void droppingSwitchedOffSettingsFailsTheThreeStateCase() {
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
            @Override
            public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
                RealtimeSessionConfig session = (RealtimeSessionConfig) request.session();
                if (session.audio() != null && session.audio().input() != null) {
                    AudioInput input = session.audio().input().toBuilder().turnDetectionSetting(null).build();
                    session = session.toBuilder().audio(Audio.builder().input(input).build()).build();
                }
                return delegate.createClientSecret(request.toBuilder().session(session).build(), options);
            }
        }, Probe::absentNullAndValueStayApart);
    }

    @Test
    void genericStatusExceptionsFailTheStatusMatrix() {
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
            @Override
            public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
                try {
                    return delegate.createClientSecret(request, options);
                } catch (ApiStatusException e) {
                    throw new ApiStatusException(e.error());
                }
            }
        }, probe -> probe.errorStatusBecomesItsExceptionType(429, RateLimitException.class, "requests",
                "rate_limit_exceeded", Duration.ofMillis(1500)));
    }

    @Test
    void ignoringTheRequestFailsTheEchoCase() {
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
            @Override
            public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
                return delegate.createClientSecret(ClientSecretRequest.builder()
                        .session(RealtimeSessionConfig.builder().build()).build(), options);
            }
        }, Probe::fullRealtimeRequestIsEchoedFieldByField);
    }

    @Test
    void notRetryingFailsTheRetryCases() {
        BiFunction<Probe, ClientSettings, SessionCreator> neverRetries =
                (probe, settings) -> JdkHttpSessionCreator.create(settings.toBuilder().maxRetries(0).build());
        assertContractFails(neverRetries,
                probe -> probe.statusIsRetriedAsThePolicySays(409, Map.of(), ConflictException.class, 3));
        assertContractFails(neverRetries, Probe::serverErrorThenSuccess);
    }

    @Test
    void retryingAnswersThatMayHaveMintedASecretFailsTheFormatCase() {
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
            @Override
            public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
                try {
                    return delegate.createClientSecret(request, options);
                } catch (ResponseFormatException e) {
                    return delegate.createClientSecret(request, options);
                }
            }
        }, Probe::brokenSuccessAnswersAreFormatErrors);
    }

    @Test
    void quotingTheKeyInAMessageFailsTheSecretCase() {
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
            @Override
            public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
                try {
                    return delegate.createClientSecret(request, options);
                } catch (ApiConnectionException e) {
                    throw new ApiConnectionException("failed for key "
                            + ((Credential.ApiKey) settings.credential()).key(), e);
                }
            }
        }, Probe::connectionFailuresCarryNoSecret);
    }

    @Test
    void loggingTheKeyFailsTheLogCase() {
        Logger log = LoggerFactory.getLogger("io.github.realtimesessions.testkit.careless");
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
            @Override
            public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
                log.debug("minting with {}", settings.credential() instanceof Credential.ApiKey key ? key.key() : "");
                return delegate.createClientSecret(request, options);
            }
        }, Probe::logsCarryNoSecret);
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
        assertContractFails((probe, settings) -> JdkHttpSessionCreator.create(settings, UnaryOperator.identity(),
                trustsAnything), Probe::tlsCertificatesAreVerifiedByDefault);
    }

    @Test
    void clearingTheInterruptFlagFailsTheInterruptCase() {
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
            @Override
            public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
                try {
                    return delegate.createClientSecret(request, options);
                } catch (ApiCancelledException e) {
                    Thread.interrupted();
                    throw e;
                }
            }
        }, Probe::interruptDuringABlockedReadEndsTheCall);
    }

    @Test
    void wrappingAsyncFailuresTwiceFailsTheAsyncCase() {
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
            @Override
            public AsyncSessionCreator async() {
                AsyncSessionCreator real = delegate.async();
                return new ForwardingAsync(real) {
                    @Override
                    public CompletableFuture<ClientSecretResponse> createClientSecret(
                            ClientSecretRequest request, RequestOptions options) {
                        return real.createClientSecret(request, options).handle((value, failure) -> {
                            if (failure != null) {
                                throw new CompletionException(new CompletionException(failure));
                            }
                            return value;
                        });
                    }
                };
            }
        }, Probe::failureIsTheFuturesCauseNeverWrappedTwice);
    }

    @Test
    void aHangupThatDoesNothingFailsTheHangupCase() {
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(JdkHttpSessionCreator.create(settings)) {
            @Override
            public void hangUp(String callId, RequestOptions options) {
                // does nothing
            }
        }, Probe::hangUpEndsTheCallOnce);
    }

    @Test
    void droppingTheSafetyIdentifierFailsItsCaseForAnyCreator() {
        assertContractFails((probe, settings) -> new ForwardingSessionCreator(probe.sessions()) {
            @Override
            public ClientSecretResponse createClientSecret(ClientSecretRequest request, RequestOptions options) {
                return delegate.createClientSecret(request.toBuilder().safetyIdentifier(null).build(), options);
            }

            @Override
            public void close() {
                // the fake belongs to the fixture
            }
        }, Probe::safetyIdentifierReachesTheApi);
    }

    @Test
    void leasedConnectionsFailTheLeakCheck() {
        Probe probe = new Probe(jdk(UnaryOperator.identity())) {
            @Override
            public int leasedConnections(SessionCreator creator) {
                return 1;
            }
        };
        assertThat(probe.run(Probe::captureRequestGetsTheCapturedSession)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("still leased");
    }

    @Test
    void aWorkingCreatorPassesTheSameCases() {
        Probe probe = new Probe(jdk(UnaryOperator.identity()));
        assertThat(probe.run(Probe::sendsTheCredentialAndEveryHeader)).isNull();
        assertThat(probe.run(Probe::callIsTheSpecsMultipartFormByteForByte)).isNull();
        assertThat(probe.run(Probe::brokenConnectionIsAConnectionException)).isNull();
        assertThat(probe.run(Probe::absentNullAndValueStayApart)).isNull();
        assertThat(probe.run(Probe::serverErrorThenSuccess)).isNull();
        assertThat(probe.run(Probe::brokenSuccessAnswersAreFormatErrors)).isNull();
        assertThat(probe.run(Probe::connectionFailuresCarryNoSecret)).isNull();
        assertThat(probe.run(Probe::logsCarryNoSecret)).isNull();
        assertThat(probe.run(Probe::interruptDuringABlockedReadEndsTheCall)).isNull();
        assertThat(probe.run(Probe::hangUpEndsTheCallOnce)).isNull();
        assertThat(probe.run(Probe::tlsCertificatesAreVerifiedByDefault)).isNull();
    }

    private static BiFunction<Probe, ClientSettings, SessionCreator> jdk(UnaryOperator<RawRequest> filter) {
        return (probe, settings) -> JdkHttpSessionCreator.create(settings, filter, null);
    }

    private static void assertContractFails(
            BiFunction<Probe, ClientSettings, SessionCreator> factory, Case contractCase) {
        // A case rejects a creator by a failed assertion, or by the library exception a working creator avoids.
        assertThat(new Probe(factory).run(contractCase)).as("the contract case should reject the broken creator")
                .isInstanceOfAny(AssertionError.class, RealtimeApiException.class);
    }

    private static RawRequest withHeaders(RawRequest request, HttpHeaders headers) {
        return RawRequest.builder(request.method(), request.uri()).headers(headers).body(request.body())
                .connectTimeout(request.connectTimeout()).readTimeout(request.readTimeout())
                .maxResponseBytes(request.maxResponseBytes()).build();
    }

    private static RawRequest withBody(RawRequest request, byte[] body) {
        return RawRequest.builder(request.method(), request.uri()).headers(request.headers()).body(body)
                .connectTimeout(request.connectTimeout()).readTimeout(request.readTimeout())
                .maxResponseBytes(request.maxResponseBytes()).build();
    }

    /** One contract case, run on a probe. */
    @FunctionalInterface
    private interface Case {
        void run(Probe probe) throws Exception;
    }

    /** A contract instance driven by hand; private, so JUnit does not discover it as a test class. */
    private static class Probe extends SessionCreatorFixture implements HttpTransportContract {
        private final BiFunction<Probe, ClientSettings, SessionCreator> factory;

        Probe(BiFunction<Probe, ClientSettings, SessionCreator> factory) {
            this.factory = factory;
        }

        @Override
        protected SessionCreator createSessionCreator(ClientSettings settings) {
            return factory.apply(this, settings);
        }

        /** Runs one contract case with the fixture's lifecycle, returning what it threw, or {@code null}. */
        Throwable run(Case contractCase) {
            Throwable failure = null;
            startContractServer();
            try {
                contractCase.run(this);
            } catch (Throwable t) {
                failure = t;
            } finally {
                try {
                    closeContractResources();
                } catch (AssertionError e) {
                    if (failure == null) {
                        failure = e;
                    }
                }
            }
            return failure;
        }
    }
}
