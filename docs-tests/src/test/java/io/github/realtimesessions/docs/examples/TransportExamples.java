package io.github.realtimesessions.docs.examples;

import feign.Logger;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.transport.apache.ApacheSessionCreator;
import io.github.realtimesessions.transport.feign.FeignSessionCreator;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/** The examples of docs/transports.md; {@code DocumentationExamplesTest} runs them against the fake server. */
final class TransportExamples {

    private TransportExamples() {}

    static SessionCreator discovered(ClientSettings settings) {
        // snippet:transport-discovered
        // The transport on the class path; with both, pick one by name:
        // -Drealtime.sessions.transport=feign or REALTIME_SESSIONS_TRANSPORT=feign.
        SessionCreator sessions = SessionCreators.create(settings);
        SessionCreator feign = SessionCreators.create(settings, "feign");
        // end:transport-discovered
        feign.close();
        return sessions;
    }

    static SessionCreator apache(ClientSettings settings) {
        // snippet:transport-apache
        SessionCreator sessions = ApacheSessionCreator.builder(settings)
                .maxConnections(100)    // the pool of the library's own clients; default 64
                .ioThreads(2)           // the async client's I/O threads; default min(4, cores)
                .build();
        // end:transport-apache
        return sessions;
    }

    static OwnClient apacheOwnClient(ClientSettings settings) {
        // snippet:transport-apache-own-client
        CloseableHttpClient shared = HttpClients.custom()
                .useSystemProperties()          // e.g. the company proxy
                .disableAutomaticRetries()      // the library retries by its own policy
                .disableRedirectHandling()      // an API answer is never a redirect to follow
                .build();
        // Yours to close: the library never closes a client it did not create. Its deadlines, caps and
        // redaction hold over it all the same.
        SessionCreator sessions = ApacheSessionCreator.builder(settings).httpClient(shared).build();
        // end:transport-apache-own-client
        return new OwnClient(sessions, shared);
    }

    static SessionCreator feign(ClientSettings settings) {
        // snippet:transport-feign
        SessionCreator sessions = FeignSessionCreator.builder(settings)
                .customize(feign -> feign.logLevel(Logger.Level.BASIC))   // your Feign conventions
                .build();
        // end:transport-feign
        return sessions;
    }

    /** The creator and the client the example handed it, which stays the caller's to close. */
    record OwnClient(SessionCreator sessions, CloseableHttpClient client) {}
}
