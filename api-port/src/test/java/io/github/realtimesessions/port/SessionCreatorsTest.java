package io.github.realtimesessions.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.realtimesessions.port.spi.AlphaTestProvider;
import io.github.realtimesessions.port.spi.BetaTestProvider;
import io.github.realtimesessions.port.spi.SessionCreatorProvider;
import io.github.realtimesessions.port.spi.TestSessionCreator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SessionCreatorsTest {

    private static final ClientSettings SETTINGS = ClientSettings.builder().apiKey("sk-test-0000").build();

    private static final Function<String, String> NOTHING = name -> null;

    /** A provider made in the test, not registered anywhere. */
    record NamedProvider(String name) implements SessionCreatorProvider {
        @Override
        public SessionCreator create(ClientSettings settings) {
            return new TestSessionCreator(name, settings);
        }
    }

    private static final NamedProvider ALPHA = new NamedProvider("alpha");
    private static final NamedProvider BETA = new NamedProvider("beta");
    private static final String PROVIDER_CLASS = NamedProvider.class.getName();

    @Nested
    class Selection {

        @Test
        void theOnlyProviderIsChosenWhenNoneIsNamed() {
            assertThat(SessionCreators.select(List.of(ALPHA), null)).isSameAs(ALPHA);
        }

        @Test
        void aNamedProviderIsChosenAmongSeveral() {
            assertThat(SessionCreators.select(List.of(ALPHA, BETA), "beta")).isSameAs(BETA);
            assertThat(SessionCreators.select(List.of(ALPHA, BETA), "alpha")).isSameAs(ALPHA);
        }

        @Test
        void namesMatchInAnyCase() {
            assertThat(SessionCreators.select(List.of(ALPHA, BETA), "BeTa")).isSameAs(BETA);
            assertThat(SessionCreators.select(List.of(new NamedProvider("Gamma")), "gamma")).isNotNull();
        }

        @Test
        void aNameWinsOverTheSingleProviderAndFailsWhenItIsNotThatOne() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> SessionCreators.select(List.of(ALPHA), "beta"))
                    .withMessageContaining("'beta'")
                    .withMessageContaining("not on the class path")
                    .withMessageContaining("found: alpha (" + PROVIDER_CLASS + ")");
        }

        @Test
        void anUnknownNameListsEveryProviderFound() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> SessionCreators.select(List.of(BETA, ALPHA), "apache"))
                    .withMessageContaining("'apache'")
                    .withMessageContaining("found: alpha (" + PROVIDER_CLASS + "), beta (" + PROVIDER_CLASS + ")");
        }

        @Test
        void anUnknownNameWithNoProviderSaysNoneWasFound() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> SessionCreators.select(List.of(), "apache"))
                    .withMessageContaining("'apache'")
                    .withMessageContaining("found: none");
        }

        @Test
        void noProviderAtAllNamesTheArtifactsToAdd() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> SessionCreators.select(List.of(), null))
                    .withMessageContaining("No Realtime Sessions transport")
                    .withMessageContaining("realtime-sessions-transport-apache")
                    .withMessageContaining("realtime-sessions-transport-feign");
        }

        @Test
        void severalProvidersWithoutANameListThemAndSayHowToChoose() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> SessionCreators.select(List.of(BETA, ALPHA), null))
                    .withMessageContaining("Several")
                    .withMessageContaining("alpha (" + PROVIDER_CLASS + ")")
                    .withMessageContaining("beta (" + PROVIDER_CLASS + ")")
                    .withMessageContaining("realtime.sessions.transport")
                    .withMessageContaining("REALTIME_SESSIONS_TRANSPORT");
        }
    }

    @Nested
    class Configuration {

        @Test
        void theKnobsHaveTheDocumentedNames() {
            assertThat(SessionCreators.TRANSPORT_PROPERTY).isEqualTo("realtime.sessions.transport");
            assertThat(SessionCreators.TRANSPORT_ENV).isEqualTo("REALTIME_SESSIONS_TRANSPORT");
        }

        @Test
        void theSystemPropertyWinsOverTheEnvironment() {
            assertThat(SessionCreators.configuredTransport(
                            Map.of("realtime.sessions.transport", "apache")::get,
                            Map.of("REALTIME_SESSIONS_TRANSPORT", "feign")::get))
                    .isEqualTo("apache");
        }

        @Test
        void theEnvironmentIsUsedWhenThePropertyIsUnsetOrBlank() {
            Function<String, String> environment = Map.of("REALTIME_SESSIONS_TRANSPORT", "feign")::get;

            assertThat(SessionCreators.configuredTransport(NOTHING, environment)).isEqualTo("feign");
            assertThat(SessionCreators.configuredTransport(
                            Map.of("realtime.sessions.transport", "  ")::get, environment))
                    .isEqualTo("feign");
        }

        @Test
        void valuesAreTrimmed() {
            assertThat(SessionCreators.configuredTransport(
                            Map.of("realtime.sessions.transport", " apache\n")::get, NOTHING))
                    .isEqualTo("apache");
            assertThat(SessionCreators.configuredTransport(
                            NOTHING, Map.of("REALTIME_SESSIONS_TRANSPORT", "\tfeign ")::get))
                    .isEqualTo("feign");
        }

        @Test
        void nothingConfiguredMeansNoName() {
            assertThat(SessionCreators.configuredTransport(NOTHING, NOTHING)).isNull();
            assertThat(SessionCreators.configuredTransport(
                            NOTHING, Map.of("REALTIME_SESSIONS_TRANSPORT", " ")::get))
                    .isNull();
        }
    }

    /** Against the two providers registered in the test class path's {@code META-INF/services}. */
    @Nested
    class Discovery {

        private String savedProperty;

        @BeforeEach
        void saveProperty() {
            savedProperty = System.getProperty(SessionCreators.TRANSPORT_PROPERTY);
        }

        @AfterEach
        void restoreProperty() {
            if (savedProperty == null) {
                System.clearProperty(SessionCreators.TRANSPORT_PROPERTY);
            } else {
                System.setProperty(SessionCreators.TRANSPORT_PROPERTY, savedProperty);
            }
        }

        @Test
        void availableTransportsListsTheRegisteredProvidersSorted() {
            assertThat(SessionCreators.availableTransports()).containsExactly("test-alpha", "test-beta");
        }

        @Test
        void createUsesTheNamedProviderWithTheGivenSettings() {
            SessionCreator creator = SessionCreators.create(SETTINGS, "test-beta");

            assertThat(creator).isEqualTo(new TestSessionCreator(BetaTestProvider.NAME, SETTINGS));
            assertThat(((TestSessionCreator) creator).settings()).isSameAs(SETTINGS);
        }

        @Test
        void createMatchesTheNameInAnyCase() {
            assertThat(SessionCreators.create(SETTINGS, "TEST-Alpha"))
                    .isEqualTo(new TestSessionCreator(AlphaTestProvider.NAME, SETTINGS));
        }

        @Test
        void createWithoutANameFailsAmongSeveralAndListsThem() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> SessionCreators.create(SETTINGS, null))
                    .withMessageContaining("test-alpha (" + AlphaTestProvider.class.getName() + ")")
                    .withMessageContaining("test-beta (" + BetaTestProvider.class.getName() + ")");
        }

        @Test
        void createWithAnAbsentNameListsWhatWasFound() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> SessionCreators.create(SETTINGS, "apache"))
                    .withMessageContaining("'apache'")
                    .withMessageContaining("test-alpha (" + AlphaTestProvider.class.getName() + ")")
                    .withMessageContaining("test-beta (" + BetaTestProvider.class.getName() + ")");
        }

        @Test
        void createFollowsTheSystemProperty() {
            System.setProperty(SessionCreators.TRANSPORT_PROPERTY, "test-beta");

            assertThat(SessionCreators.create(SETTINGS))
                    .isEqualTo(new TestSessionCreator(BetaTestProvider.NAME, SETTINGS));
        }

        @Test
        void anExplicitNameWinsOverTheSystemProperty() {
            System.setProperty(SessionCreators.TRANSPORT_PROPERTY, "test-beta");

            assertThat(SessionCreators.create(SETTINGS, "test-alpha"))
                    .isEqualTo(new TestSessionCreator(AlphaTestProvider.NAME, SETTINGS));
        }

        @Test
        void settingsAreRequired() {
            assertThatNullPointerException().isThrownBy(() -> SessionCreators.create(null, "test-alpha"));
        }
    }
}
