package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;

/**
 * How the model chooses tools (JSON {@code tool_choice}): a {@link Mode} ({@link #AUTO}, the API's default,
 * {@link #NONE}, {@link #REQUIRED}), one {@link Function}, or one tool of an MCP server ({@link Mcp}).
 */
public sealed interface ToolChoice permits ToolChoice.Mode, ToolChoice.Function, ToolChoice.Mcp {

    /** The model answers with a message or calls tools, as it sees fit. */
    Mode AUTO = new Mode("auto");

    /** The model calls no tool and answers with a message. */
    Mode NONE = new Mode("none");

    /** The model calls one or more tools. */
    Mode REQUIRED = new Mode("required");

    /**
     * Returns the choice of one function.
     *
     * @param name the function's name, one of the session's function tools
     * @return the choice
     */
    static Function function(String name) {
        return new Function(name);
    }

    /**
     * Returns the choice of an MCP server's tool.
     *
     * @param serverLabel the server's label, one of the session's MCP tools
     * @param name the tool's name, or {@code null} for any tool of the server
     * @return the choice
     */
    static Mcp mcp(String serverLabel, String name) {
        return new Mcp(serverLabel, name);
    }

    /**
     * A keyword ({@code none}, {@code auto}, {@code required}). A keyword a newer server sends round-trips unchanged;
     * a request accepts those three only.
     *
     * @param value the keyword
     */
    record Mode(String value) implements ToolChoice {
        /**
         * Creates a keyword.
         *
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public Mode {
            Checks.wireValue(value, "tool_choice");
        }

        /** Returns the keyword, as on the wire. */
        @Override
        public String toString() {
            return value;
        }
    }

    /**
     * The model must call this function (JSON {@code {"type":"function","name":...}}).
     *
     * @param name the function's name
     */
    record Function(String name) implements ToolChoice {
        /**
         * Creates the choice.
         *
         * @throws NullPointerException if {@code name} is {@code null}
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Function {
            Checks.wireValue(name, "tool_choice.name");
        }
    }

    /**
     * The model must call a tool of this MCP server (JSON {@code {"type":"mcp","server_label":...,"name":...}}).
     *
     * @param serverLabel the server's label
     * @param name the tool's name, or {@code null} for any tool of the server
     */
    record Mcp(String serverLabel, String name) implements ToolChoice {
        /**
         * Creates the choice.
         *
         * @throws NullPointerException if {@code serverLabel} is {@code null}
         * @throws IllegalArgumentException if {@code serverLabel} is blank
         */
        public Mcp {
            Checks.wireValue(serverLabel, "tool_choice.server_label");
        }
    }
}
