package io.github.realtimesessions.cli;

import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.AuthenticationException;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.NotFoundException;
import io.github.realtimesessions.port.RealtimeApiException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.StringJoiner;
import javax.net.ssl.SSLException;

/**
 * Describes a failed call for a person at a terminal, on one line: what was tried, what came back, and what to change.
 * Never shows a credential, even if a server echoed one.
 */
final class Failures {

    private static final int MAX_BODY_CHARS = 200;

    private Failures() {}

    /**
     * Returns the one-line description of a failure.
     *
     * @param failure what the session creator threw
     * @param connection where the call went
     * @param endpoint which call it was
     * @param callId the call id of a hang-up, else {@code null}
     */
    static String describe(RealtimeApiException failure, Connection connection, Endpoint endpoint, String callId) {
        String url = connection.urlOf(endpoint, callId).toString();
        String text;
        if (failure instanceof ApiStatusException status) {
            text = describeStatus(status, connection, endpoint, callId);
        } else if (failure instanceof ApiTimeoutException) {
            text = url + " did not answer in time" + attemptsAfter(failure) + ": allow more with --timeout (now "
                    + RetryReporter.format(connection.settings().callTimeout()) + " for the whole call, retries"
                    + " included). " + connection.howToChangeTheUrl();
        } else if (failure instanceof ApiConnectionException) {
            text = describeConnection(failure, url, connection);
        } else {
            text = failure.getMessage();
        }
        return scrub(oneLine(text), connection.secrets());
    }

    private static String describeConnection(RealtimeApiException failure, String url, Connection connection) {
        if (causedBy(failure, ConnectException.class, "java.net.ConnectException")) {
            return "could not connect to " + url + " (connection refused" + attempts(failure) + "). "
                    + connection.howToChangeTheUrl();
        }
        if (causedBy(failure, UnknownHostException.class, "java.net.UnknownHostException")) {
            return "could not find the host of " + url + " (unknown host" + attempts(failure) + "). "
                    + connection.howToChangeTheUrl();
        }
        if (causedBy(failure, SSLException.class, "javax.net.ssl.")) {
            return "the TLS handshake with " + url + " failed" + attempts(failure) + " (" + rootMessage(failure)
                    + "): is the URL right, and its certificate trusted? " + connection.howToChangeTheUrl();
        }
        return "no complete answer from " + url + attempts(failure) + " (" + rootMessage(failure) + "). "
                + connection.howToChangeTheUrl();
    }

    private static String describeStatus(
            ApiStatusException failure, Connection connection, Endpoint endpoint, String callId) {
        StringBuilder text = new StringBuilder("HTTP ").append(failure.status());
        StringJoiner typeAndCode = new StringJoiner("/");
        if (failure.errorType() != null) {
            typeAndCode.add(failure.errorType());
        }
        if (failure.errorCode() != null) {
            typeAndCode.add(failure.errorCode());
        }
        if (typeAndCode.length() > 0) {
            text.append(' ').append(typeAndCode);
        }
        if (failure.errorMessage() != null) {
            text.append(": ").append(failure.errorMessage());
        } else if (failure.body() != null && !failure.body().isBlank()) {
            text.append(": ").append(shorten(failure.body()));
        }
        if (failure.errorParam() != null) {
            text.append(" [param ").append(failure.errorParam()).append(']');
        }
        if (failure.requestId() != null) {
            text.append(" [request id ").append(failure.requestId()).append(']');
        }
        text.append(attemptsAfter(failure));
        String hint = hint(failure, connection, endpoint, callId);
        if (hint != null) {
            text.append(" (").append(hint).append(')');
        }
        return text.toString();
    }

    private static String hint(ApiStatusException failure, Connection connection, Endpoint endpoint, String callId) {
        if ("beta_api_shape_disabled".equals(failure.errorCode())
                || (endpoint == Endpoint.SESSIONS && failure.status() == 404)) {
            return "OpenAI removed the beta endpoint on 2026-05-12: leave out --beta";
        }
        if (failure instanceof AuthenticationException && !connection.isEmbedded()) {
            return connection.settings().isAzure()
                    ? "check AZURE_OPENAI_API_KEY: it must be a key of the resource at "
                            + connection.settings().baseUri()
                    : "check OPENAI_API_KEY";
        }
        if (failure instanceof NotFoundException && endpoint == Endpoint.HANGUP) {
            return connection.isEmbedded()
                    ? "the embedded fake server knows only the calls made while it runs: a call from an earlier"
                            + " command has gone with it"
                    : "no call " + callId + ": it ended already, or the id is wrong";
        }
        return null;
    }

    /** Prints the stack trace of a failure, once: its causes, but not the failures of earlier attempts. */
    static void printStackTrace(Throwable failure, PrintWriter err, String... secrets) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        String prefix = "";
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            err.println(scrub(prefix + t, secrets));
            for (StackTraceElement frame : t.getStackTrace()) {
                err.println("\tat " + frame);
            }
            prefix = "Caused by: ";
        }
        if (failure.getSuppressed().length > 0) {
            err.println("(" + failure.getSuppressed().length + " earlier failed attempt(s) not shown)");
        }
        err.flush();
    }

    /** Folds line breaks, so that every diagnostic stays one line. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Replaces each secret's value in a text. */
    static String scrub(String text, String... secrets) {
        String result = text;
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                result = result.replace(secret, "<redacted>");
            }
        }
        return result;
    }

    private static String attempts(RealtimeApiException failure) {
        return failure.attempts() > 1 ? ", " + failure.attempts() + " attempts" : "";
    }

    private static String attemptsAfter(RealtimeApiException failure) {
        return failure.attempts() > 1 ? " (after " + failure.attempts() + " attempts)" : "";
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type, String namePrefix) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            // A cause whose message held a secret is replaced by a stand-in that keeps the class name in front.
            if (type.isInstance(t) || (t.getMessage() != null && t.getMessage().startsWith(namePrefix))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + shorten(message));
    }

    private static String shorten(String body) {
        String line = oneLine(body);
        return line.length() <= MAX_BODY_CHARS ? line : line.substring(0, MAX_BODY_CHARS) + "...";
    }
}
