package io.github.realtimesessions.docs.check;

import java.util.List;

/** The text of a failed check: a headline, every failure (file:line: message), and a reminder of the rules. */
final class Reports {

    private Reports() {
    }

    static String format(String headline, List<Failure> failures, String rules) {
        StringBuilder text = new StringBuilder(headline).append(":\n\n");
        for (Failure failure : failures) {
            text.append(failure).append("\n\n");
        }
        return text.append(rules).toString();
    }
}
