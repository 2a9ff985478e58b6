package io.github.realtimesessions.docs.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryTest {

    private static final String ROOT_POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <artifactId>realtime-sessions-parent</artifactId>
              <modules>
                <module>lib</module>
                <module>compat/junit5/</module>
              </modules>
            </project>
            """;

    private static final String MODULE_POM = """
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <parent><artifactId>realtime-sessions-parent</artifactId></parent>
              <artifactId>lib</artifactId>
            </project>
            """;

    @TempDir
    Path root;

    @Test
    void theRootIsTheNearestDirectoryUpWhosePomIsTheParentAndWhichHasMvnwOrGit() throws IOException {
        write("pom.xml", ROOT_POM);
        write("mvnw", "");
        write("lib/pom.xml", MODULE_POM);
        write("lib/mvnw", ""); // a module pom names the parent only as its <parent>: not a root
        Path start = Files.createDirectories(root.resolve("lib/src/test"));

        assertThat(Repository.findRoot(start)).isEqualTo(root.toAbsolutePath().normalize());
    }

    @Test
    void aParentPomWithoutMvnwOrGitIsNoRoot() throws IOException {
        write("pom.xml", ROOT_POM);

        assertThatThrownBy(() -> Repository.findRoot(root))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no repository root above");
    }

    @Test
    void readsTheModulesOfTheRootPom() throws IOException {
        write("pom.xml", ROOT_POM);

        assertThat(Repository.at(root).modules()).containsExactly("lib", "compat/junit5");
    }

    @Test
    void walksEveryMarkdownFileButBuildOutputGitCiMavenNodeModulesAndCheckFixtures() throws IOException {
        write("pom.xml", ROOT_POM);
        write(".gitignore", "*.iml\n.idea/\n/generated\n");
        for (String file : List.of("README.md", "docs/guide.md", "docs/deep/more.MD", "lib/README.md",
                "lib/src/test/resources/notes.md", "lib/target/README.md", "target/x.md", ".git/x.md", ".ci/x.md",
                ".mvn/x.md", "web/node_modules/pkg/README.md", "x/src/test/resources/check-fixtures/a/README.md",
                ".idea/x.md", "generated/x.md", "lib/generated/kept.md", "docs/notes.txt")) {
            write(file, "# x\n");
        }

        Repository repository = Repository.at(root);

        assertThat(repository.markdownFiles()).extracting(repository::relative).containsExactly(
                "README.md", "docs/deep/more.MD", "docs/guide.md", "lib/README.md", "lib/generated/kept.md",
                "lib/src/test/resources/notes.md");
    }

    @Test
    void aCompiledSourceIsAJavaFileUnderTheJavaSourceRootsOfAListedModule() throws IOException {
        write("pom.xml", ROOT_POM);
        Repository repository = Repository.at(root);

        assertThat(repository.compiledSourceRoot(root.resolve("lib/src/main/java/a/A.java"))).isPresent();
        assertThat(repository.compiledSourceRoot(root.resolve("compat/junit5/src/test/java/a/A.java"))).isPresent();
        assertThat(repository.compiledSourceRoot(root.resolve("lib/src/test/resources/a/A.java"))).isEmpty();
        assertThat(repository.compiledSourceRoot(root.resolve("lib/src/main/java/a/A.kt"))).isEmpty();
        assertThat(repository.compiledSourceRoot(root.resolve("other/src/main/java/a/A.java"))).isEmpty();
        assertThat(repository.unlistedModuleOf(root.resolve("other/src/main/java/a/A.java"))).contains("other");
    }

    @Test
    void aSourceDirectoryThatAListedModuleSetsIsCompiledToo() throws IOException {
        write("pom.xml", ROOT_POM);
        write("compat/junit5/pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <build><testSourceDirectory>../shared/src/test/java</testSourceDirectory></build>
                </project>
                """);
        Repository repository = Repository.at(root);

        assertThat(repository.compiledSourceRoot(root.resolve("compat/shared/src/test/java/a/A.java")))
                .contains(root.toAbsolutePath().normalize().resolve("compat/shared/src/test/java"));
        assertThat(repository.compiledSourceRoot(root.resolve("compat/other/src/test/java/a/A.java"))).isEmpty();
    }

    @Test
    void gitIgnoresTargetDirectoriesAndTheSimpleGitignorePatterns() {
        IgnoredPaths ignored = IgnoredPaths.fromPatterns(List.of("target/", "*.iml", "/build", "docs/out/", "# x"));

        assertThat(ignored.matchingPattern("lib/target/lib.jar", false)).contains("target/");
        assertThat(ignored.isIgnored("lib/target", false)).isFalse(); // a file named target is no directory
        assertThat(ignored.isIgnored("lib/lib.iml", false)).isTrue();
        assertThat(ignored.isIgnored("build/x", false)).isTrue();
        assertThat(ignored.isIgnored("lib/build/x", false)).isFalse();
        assertThat(ignored.isIgnored("docs/out/x.html", false)).isTrue();
        assertThat(ignored.isIgnored("docs/guide.md", false)).isFalse();
    }

    private void write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
