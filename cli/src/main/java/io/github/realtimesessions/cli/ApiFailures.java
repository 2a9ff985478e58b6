package io.github.realtimesessions.cli;

import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.RealtimeApiException;
import java.util.StringJoiner;

/** Describes a failed call on one line: status, OpenAI error type/code/message and the request id to quote. */
final class ApiFailures {

    private static final int MAX_BODY_CHARS = 200;

    private ApiFailures() {}

    /**
     * Returns the one-line description of a failure, without the API key even if a server echoed it.
     *
     * @param failure what the session creator threw
     * @param apiKey the key in use, to scrub, or {@code null}
     */
    static String describe(RealtimeApiException failure, String apiKey) {
        String text = failure instanceof ApiStatusException status ? describeStatus(status) : failure.getMessage();
        return scrub(oneLine(text), apiKey);
    }

    private static String describeStatus(ApiStatusException failure) {
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
        if (failure.attempts() > 1) {
            text.append(" (after ").append(failure.attempts()).append(" attempts)");
        }
        return text.toString();
    }

    /** Folds line breaks, so that every diagnostic stays one line. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    static String scrub(String text, String apiKey) {
        return apiKey == null || apiKey.isEmpty() ? text : text.replace(apiKey, "<redacted>");
    }

    private static String shorten(String body) {
        String line = oneLine(body);
        return line.length() <= MAX_BODY_CHARS ? line : line.substring(0, MAX_BODY_CHARS) + "...";
    }
}
