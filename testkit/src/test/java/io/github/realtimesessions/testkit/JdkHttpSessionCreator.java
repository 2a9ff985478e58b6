package io.github.realtimesessions.testkit;

import io.github.realtimesessions.model.RealtimeSessionCreateRequest;
import io.github.realtimesessions.model.RealtimeSessionCreateResponse;
import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.RetryExecutor;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.transport.core.HeaderLookup;
import io.github.realtimesessions.transport.core.SessionCall;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;

/**
 * A minimal transport over the JDK's {@link HttpClient}, only for this module's tests: it lets the wire half of the
 * contract run here, against a real HTTP client, before any production transport exists.
 */
final class JdkHttpSessionCreator implements SessionCreator {

    private final SessionCall call;
    private final HttpClient client;
    private final Predicate<String> sendHeader;

    JdkHttpSessionCreator(ClientSettings settings) {
        this(settings, name -> true);
    }

    /** A creator that sends only the headers the filter lets through, to prove the contract notices. */
    JdkHttpSessionCreator(ClientSettings settings, Predicate<String> sendHeader) {
        this(settings, sendHeader, null);
    }

    /** A creator with its own TLS context (say, one that trusts anything), to prove the contract notices. */
    JdkHttpSessionCreator(ClientSettings settings, Predicate<String> sendHeader, SSLContext sslContext) {
        this(settings, sendHeader, sslContext, RetryExecutor.Sleeper.SYSTEM);
    }

    /** A creator that waits between retries with the given sleeper (say, not at all), to prove the contract notices. */
    JdkHttpSessionCreator(ClientSettings settings, Predicate<String> sendHeader, SSLContext sslContext,
            RetryExecutor.Sleeper sleeper) {
        this.sendHeader = sendHeader;
        this.call = SessionCall.create(settings, "jdk", Clock.systemUTC(), sleeper);
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout());
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        this.client = builder.build();
    }

    @Override
    public RealtimeSessionCreateResponse create(RealtimeSessionCreateRequest request) {
        return call.execute(request, this::send);
    }

    private RealtimeSessionCreateResponse send(byte[] body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(call.uri())
                .timeout(call.settings().responseTimeout())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        call.headers().forEach((name, value) -> {
            if (sendHeader.test(name)) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            HeaderLookup headers = name -> response.headers().firstValue(name).orElse(null);
            byte[] bytes;
            try (InputStream in = response.body()) {
                bytes = call.responses().readBody(response.statusCode(), headers, in);
                // Read to the end before closing, error answers included: closing the JDK's body stream early cancels
                // the exchange and closes a connection the client may already have put back in its pool, so that a
                // request sent on it next fails after the server took it ("header parser received no bytes") and the
                // retry mints a second session. The contract's load case caught this.
                in.transferTo(OutputStream.nullOutputStream());
            }
            return call.responses().read(response.statusCode(), headers, bytes);
        } catch (HttpTimeoutException e) {
            // The JDK reports timeouts as a plain IOException subtype; the core maps InterruptedIOException.
            SocketTimeoutException timeout = new SocketTimeoutException(e.getMessage());
            timeout.initCause(e);
            throw timeout;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted");
            interrupted.initCause(e);
            throw interrupted;
        }
    }
}
