package io.github.realtimesessions.model.beta;

import io.github.realtimesessions.model.internal.Checks;
import java.util.Locale;

/**
 * How the model chooses tools (JSON {@code tool_choice}): a mode ({@code auto}, {@code none}, {@code required}) or the
 * name of one function the model must call.
 *
 * <p>On the wire both are plain strings. The codec reads the three mode names as {@link Mode} and any other string as
 * a {@link Function} name, so every value round-trips unchanged. A request whose tool choice names a function must
 * also declare a tool of that name.
 */
public sealed interface ToolChoice permits ToolChoice.Mode, ToolChoice.Function {

    /** The model decides whether to call tools. The API's default. */
    Mode AUTO = new Mode("auto");

    /** The model calls no tool. */
    Mode NONE = new Mode("none");

    /** The model must call at least one tool. */
    Mode REQUIRED = new Mode("required");

    /**
     * Returns a choice that forces a call of the named function.
     *
     * @param name the function's name, as declared in the request's tools
     * @return the choice
     */
    static ToolChoice function(String name) {
        return new Function(name);
    }

    /**
     * Reads a wire value: a mode name gives the {@link Mode} constant, anything else a {@link Function}.
     *
     * @param value the wire value
     * @return the choice
     */
    static ToolChoice of(String value) {
        return switch (value) {
            case "auto" -> AUTO;
            case "none" -> NONE;
            case "required" -> REQUIRED;
            default -> new Function(value);
        };
    }

    /**
     * Returns the string sent on the wire.
     *
     * @return the mode or the function name
     */
    String wireValue();

    /**
     * A tool-choice mode.
     *
     * @param value the mode name
     */
    record Mode(String value) implements ToolChoice {
        /**
         * Creates a mode.
         *
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public Mode {
            Checks.wireValue(value, "tool_choice");
        }

        @Override
        public String wireValue() {
            return value;
        }

        /** Returns the mode, as on the wire. */
        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * Forces a call of one function.
     *
     * @param name the function's name
     */
    record Function(String name) implements ToolChoice {
        /**
         * Creates a function choice.
         *
         * @throws NullPointerException if {@code name} is {@code null}
         * @throws IllegalArgumentException if {@code name} is blank or a mode name
         */
        public Function {
            Checks.wireValue(name, "tool_choice");
            if (name.equals("auto") || name.equals("none") || name.equals("required")) {
                throw new IllegalArgumentException("tool_choice cannot name a function \"" + name
                        + "\": on the wire that string means the mode; use ToolChoice." + name.toUpperCase(Locale.ROOT));
            }
        }

        @Override
        public String wireValue() {
            return name;
        }

        /** Returns the function name, as on the wire. */
        @Override
        public String toString() {
            return name;
        }
    }
}
