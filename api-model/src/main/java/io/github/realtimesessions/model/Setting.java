package io.github.realtimesessions.model;

import java.util.Objects;

/**
 * The value of a request field that the API lets a caller switch off with JSON {@code null}.
 *
 * <p>Together with Java {@code null} (field not set, omitted from the JSON, server default applies) this gives the
 * three states the API distinguishes:
 * <table>
 *   <caption>States of a nullable field</caption>
 *   <tr><th>Java</th><th>JSON</th><th>meaning</th></tr>
 *   <tr><td>{@code null}</td><td>field omitted</td><td>keep the server's default</td></tr>
 *   <tr><td>{@link #disabled()}</td><td>{@code null}</td><td>turn the feature off</td></tr>
 *   <tr><td>{@link #enabled(Object) enabled(v)}</td><td>{@code v}</td><td>use this configuration</td></tr>
 * </table>
 *
 * @param <T> the configuration type
 */
public sealed interface Setting<T> permits Setting.Enabled, Setting.Disabled {

    /**
     * Returns a setting that turns the feature on with the given configuration.
     *
     * @param value the configuration, not {@code null}
     * @param <T> the configuration type
     * @return an enabled setting
     */
    static <T> Setting<T> enabled(T value) {
        return new Enabled<>(value);
    }

    /**
     * Returns a setting that turns the feature off (JSON {@code null}).
     *
     * @param <T> the configuration type
     * @return the disabled setting
     */
    @SuppressWarnings("unchecked")
    static <T> Setting<T> disabled() {
        return (Setting<T>) Disabled.INSTANCE;
    }

    /**
     * Tells whether the feature is on.
     *
     * @return {@code true} for {@link Enabled}
     */
    boolean isEnabled();

    /**
     * Returns the configuration when enabled.
     *
     * @return the configuration, or {@code null} when disabled
     */
    T valueOrNull();

    /**
     * The feature is on with a configuration.
     *
     * @param value the configuration, never {@code null}
     * @param <T> the configuration type
     */
    record Enabled<T>(T value) implements Setting<T> {

        /**
         * Creates an enabled setting.
         *
         * @throws NullPointerException if {@code value} is {@code null}; use {@link Setting#disabled()} instead
         */
        public Enabled {
            Objects.requireNonNull(value, "an enabled setting needs a value; use Setting.disabled() to turn it off");
        }

        @Override
        public boolean isEnabled() {
            return true;
        }

        @Override
        public T valueOrNull() {
            return value;
        }
    }

    /**
     * The feature is explicitly off (JSON {@code null}).
     *
     * @param <T> the configuration type
     */
    final class Disabled<T> implements Setting<T> {

        private static final Disabled<Object> INSTANCE = new Disabled<>();

        private Disabled() {}

        @Override
        public boolean isEnabled() {
            return false;
        }

        @Override
        public T valueOrNull() {
            return null;
        }

        @Override
        public String toString() {
            return "Disabled";
        }
    }
}
