package io.github.realtimesessions.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.transport.core.internal.LibraryInfo;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code src/main/dist/realtime-sessions}, run as a user runs it: from a directory of its own, next to a
 * {@code realtime-sessions.jar}, and through a symbolic link as the one-step install puts it on the PATH. The jar here
 * is a pathing jar over the test class path, so the test needs no packaging; the build's {@code verify} phase runs the
 * packaged script against the shaded jar as well.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("src/main/dist/realtime-sessions");

    @TempDir
    Path dir;

    private Path distribution;

    @BeforeEach
    void layOutADistribution() throws IOException {
        distribution = Files.createDirectories(dir.resolve("dist"));
        Path script = Files.copy(SCRIPT, distribution.resolve("realtime-sessions"));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void theScriptRunsTheJarNextToItThroughASymbolicLinkOnThePath() throws Exception {
        writePathingJar(distribution.resolve("realtime-sessions.jar"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("realtime-sessions"),
                distribution.resolve("realtime-sessions"));

        Result result = run(link.toString(), "--version");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo("realtime-sessions " + LibraryInfo.version());
    }

    @Test
    void theScriptPassesItsArgumentsAndTheExitCodeThrough() throws Exception {
        writePathingJar(distribution.resolve("realtime-sessions.jar"));

        Result result = run(distribution.resolve("realtime-sessions").toString(), "create", "--modalities", "both");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--modalities");
    }

    @Test
    void withoutTheJarTheScriptSaysWhereItLooked() throws Exception {
        Result result = run(distribution.resolve("realtime-sessions").toString(), "--version");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("realtime-sessions: " + distribution.toRealPath()
                + "/realtime-sessions.jar is missing: keep this script next to realtime-sessions.jar");
    }

    @Test
    void theScriptIsExecutableInTheSourceTree() {
        assertThat(Files.isExecutable(SCRIPT)).as("src/main/dist/realtime-sessions is executable").isTrue();
    }

    /** A jar with only a manifest: the CLI's main class and the test class path. */
    private static void writePathingJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, RealtimeSessionsCli.class.getName());
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                .collect(Collectors.joining(" "));
        attributes.put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            jarOut.flush();
        }
    }

    private Result run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(command));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("OPENAI_API_KEY");
        builder.environment().remove("AZURE_OPENAI_API_KEY");
        builder.environment().remove("AZURE_OPENAI_ENDPOINT");
        builder.environment().remove("JAVA_OPTS");
        builder.directory(dir.toFile());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String out, String err) {}
}
