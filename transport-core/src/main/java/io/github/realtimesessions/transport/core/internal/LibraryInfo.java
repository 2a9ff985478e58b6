package io.github.realtimesessions.transport.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The library's name and version, as the build stamped them, for the {@code User-Agent}. Not API. */
public final class LibraryInfo {

    /** The library's name in the {@code User-Agent}. */
    public static final String NAME = "realtime-sessions-java";

    private static final String VERSION = loadVersion();

    private LibraryInfo() {}

    /**
     * Returns the library's version, e.g. {@code 0.1.0}.
     *
     * @return the version
     */
    public static String version() {
        return VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = LibraryInfo.class.getResourceAsStream("/io/github/realtimesessions/transport/core/library.properties")) {
            if (in == null) {
                throw new IllegalStateException("library.properties is missing from the transport-core jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
