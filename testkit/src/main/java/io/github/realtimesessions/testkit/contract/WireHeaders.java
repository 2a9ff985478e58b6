package io.github.realtimesessions.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.model.RealtimeCall;
import io.github.realtimesessions.port.RequestOptions;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.testkit.RecordedRequest;
import io.github.realtimesessions.transport.core.internal.LibraryInfo;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Wire: the request line and headers an HTTP transport sends, on every endpoint, in the fixture's server mode: the
 * credential ({@code Authorization: Bearer} or {@code api-key}), {@code Content-Type}, {@code Accept},
 * {@code User-Agent}, {@code OpenAI-Organization}, {@code OpenAI-Project}, {@code OpenAI-Safety-Identifier}, the
 * settings' and the call's extra headers; never {@code OpenAI-Beta}, never an {@code api-version}.
 */
@SuppressWarnings("deprecation")
public interface WireHeaders extends ContractSupport {

    /** The {@code User-Agent} every request carries. */
    Pattern USER_AGENT = Pattern.compile(Pattern.quote(LibraryInfo.NAME + "/" + LibraryInfo.version())
            + " \\(transport=[a-z0-9][a-z0-9-]*; java=\\d+\\)( .+)?");

    /** A mint sends POST to its path with the credential of the mode and every configured header, once each. */
    @Test
    default void sendsTheCredentialAndEveryHeader() {
        SessionCreator creator = creator(settings().organization("org-contract").project("proj_contract")
                .userAgentSuffix("contract-app/1.0").extraHeader("X-Team", "voice").build());

        creator.createClientSecret(Samples.minimalRealtime().toBuilder().safetyIdentifier("user-9f86d081").build());

        RecordedRequest request = server().takeRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(server().baseUri().getPath() + "/realtime/client_secrets");
        assertThat(request.query()).as("no query, no api-version").isNull();
        assertCredential(request);
        single(request, "Content-Type", "application/json");
        single(request, "Accept", "application/json");
        assertThat(request.headerValues("User-Agent")).singleElement().asString().matches(USER_AGENT)
                .endsWith(" contract-app/1.0");
        single(request, "OpenAI-Organization", "org-contract");
        single(request, "OpenAI-Project", "proj_contract");
        single(request, "OpenAI-Safety-Identifier", "user-9f86d081");
        single(request, "X-Team", "voice");
        assertThat(request.header("OpenAI-Beta")).isNull();
        assertThat(request.header("Accept-Encoding")).as("bodies are read as sent").isNull();
    }

    /** Headers that are not configured are not sent. */
    @Test
    default void omitsHeadersThatAreNotConfigured() {
        creator().createClientSecret(Samples.minimalRealtime());

        RecordedRequest request = server().takeRequest();
        for (String absent : List.of("OpenAI-Organization", "OpenAI-Project", "OpenAI-Safety-Identifier",
                "OpenAI-Beta")) {
            assertThat(request.header(absent)).as(absent).isNull();
        }
    }

    /** A call's own headers are sent with that call only, winning over the settings' header of the same name. */
    @Test
    default void perCallHeadersGoWithThatCallOnly() {
        SessionCreator creator = creator(settings().extraHeader("X-Tenant", "from-settings").build());

        creator.createClientSecret(Samples.minimalRealtime(),
                RequestOptions.builder().extraHeader("X-Tenant", "acme").extraHeader("X-Trace", "t-1").build());
        creator.createClientSecret(Samples.minimalRealtime());

        RecordedRequest first = server().takeRequest();
        RecordedRequest second = server().takeRequest();
        assertThat(first.headerValues("X-Tenant")).containsExactly("acme");
        assertThat(first.headerValues("X-Trace")).containsExactly("t-1");
        assertThat(second.headerValues("X-Tenant")).containsExactly("from-settings");
        assertThat(second.header("X-Trace")).isNull();
    }

    /** Every endpoint goes to its own path below the base URI, with the credential and the right {@code Accept}. */
    @Test
    default void everyEndpointGoesToItsPath() {
        SessionCreator creator = creator();
        String base = server().baseUri().getPath();

        creator.createClientSecret(Samples.minimalRealtime());
        creator.createTranslationClientSecret(Samples.translation("fr"));
        RealtimeCall call = creator.createCall(Samples.call());
        creator.hangUp(call.callId());
        creator.create(Samples.beta("x"));

        RecordedRequest mint = server().takeRequest();
        RecordedRequest translation = server().takeRequest();
        RecordedRequest created = server().takeRequest();
        RecordedRequest hangUp = server().takeRequest();
        RecordedRequest beta = server().takeRequest();
        assertThat(mint.path()).isEqualTo(base + "/realtime/client_secrets");
        assertThat(translation.path()).isEqualTo(base + "/realtime/translations/client_secrets");
        assertThat(created.path()).isEqualTo(base + "/realtime/calls");
        assertThat(hangUp.path()).isEqualTo(base + "/realtime/calls/" + call.callId() + "/hangup");
        assertThat(beta.path()).isEqualTo(base + "/realtime/sessions");
        for (RecordedRequest request : List.of(mint, translation, created, hangUp, beta)) {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.query()).isNull();
            assertCredential(request);
            assertThat(request.header("OpenAI-Beta")).isNull();
        }
        single(created, "Accept", "application/sdp");
        assertThat(hangUp.body()).as("a hangup has no body").isEmpty();
        assertThat(hangUp.header("Content-Type")).isNull();
    }

    private void assertCredential(RecordedRequest request) {
        switch (serverMode()) {
            case OPENAI -> {
                single(request, "Authorization", "Bearer " + server().apiKey());
                assertThat(request.header("api-key")).isNull();
            }
            case AZURE_API_KEY -> {
                single(request, "api-key", server().apiKey());
                assertThat(request.header("Authorization")).isNull();
            }
            case AZURE_BEARER_TOKEN -> {
                assertThat(request.headerValues("Authorization")).singleElement().asString()
                        .isIn(server().issuedTokens().stream().map(token -> "Bearer " + token).toList());
                assertThat(request.header("api-key")).isNull();
            }
        }
    }

    private static void single(RecordedRequest request, String name, String value) {
        assertThat(request.headerValues(name)).as("header " + name).containsExactly(value);
    }
}
