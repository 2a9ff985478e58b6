package io.github.realtimesessions.transport.apache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.port.ApiStatusException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that a secret shows nowhere in what an exception prints or carries. */
final class Secrets {

    private Secrets() {}

    /**
     * Asserts that none of the secrets is in the exception's stack trace text (message, causes and suppressed
     * exceptions, recursively) nor in the body and headers of any {@link ApiStatusException} among them.
     */
    static void assertNoneIn(Throwable thrown, List<String> secrets) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        describeStatus(thrown, Collections.newSetFromMap(new IdentityHashMap<>()), text);
        for (String secret : secrets) {
            assertThat(text.toString()).as("everything %s prints and carries", thrown.getClass().getSimpleName())
                    .doesNotContain(secret);
        }
    }

    private static void describeStatus(Throwable thrown, Set<Throwable> seen, StringWriter text) {
        if (thrown == null || !seen.add(thrown)) {
            return;
        }
        if (thrown instanceof ApiStatusException status) {
            text.append(status.error().toString()).append('\n').append(String.valueOf(status.body())).append('\n');
            for (Map.Entry<String, List<String>> header : status.metadata().headers().entrySet()) {
                text.append(header.getKey()).append(": ").append(String.valueOf(header.getValue())).append('\n');
            }
        }
        for (Throwable suppressed : thrown.getSuppressed()) {
            describeStatus(suppressed, seen, text);
        }
        describeStatus(thrown.getCause(), seen, text);
    }
}
