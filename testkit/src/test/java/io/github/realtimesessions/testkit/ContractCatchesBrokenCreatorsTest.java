package io.github.realtimesessions.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RateLimitException;
import io.github.realtimesessions.port.SessionCreator;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

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
    }

    private static void assertContractFails(
            Function<ClientSettings, SessionCreator> factory, Consumer<SessionCreatorContract> contractCase) {
        assertThat(run(new Probe(factory), contractCase))
                .as("the contract case should reject the broken creator")
                .isInstanceOf(AssertionError.class);
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
