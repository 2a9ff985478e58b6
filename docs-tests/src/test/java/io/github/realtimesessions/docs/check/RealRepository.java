package io.github.realtimesessions.docs.check;

/** The checks of this repository, computed once per test JVM for {@link SnippetsTest} and {@link LinksTest}. */
final class RealRepository {

    private static DocsCheck check;

    private RealRepository() {
    }

    static synchronized DocsCheck check() {
        if (check == null) {
            check = DocsCheck.ofThisRepository();
        }
        return check;
    }
}
