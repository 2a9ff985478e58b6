package io.github.realtimesessions.docs.check;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The planted miniature repositories of {@code src/test/resources/check-fixtures/}, as copied to the test class path:
 * {@code clean} passes both checks; in {@code broken} each markdown file under {@code docs/} plants one failure.
 */
final class CheckFixtures {

    private CheckFixtures() {
    }

    static Path root(String name) {
        URL pom = CheckFixtures.class.getResource("/check-fixtures/" + name + "/pom.xml");
        if (pom == null) {
            throw new IllegalStateException("no fixture check-fixtures/" + name + " on the test class path");
        }
        try {
            return Path.of(pom.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static DocsCheck check(String name) {
        return DocsCheck.of(root(name));
    }
}
