package io.github.realtimesessions.model;

import java.util.Objects;

/**
 * A tool the model may call (JSON {@code tools[]}): a {@link FunctionTool} or an {@link McpTool}. A tool type this
 * library does not know arrives as {@link Unknown} and round-trips unchanged; a request may send one too.
 */
public sealed interface Tool permits FunctionTool, McpTool, Tool.Unknown {

    /**
     * A tool of a type this library does not know, kept whole.
     *
     * @param json the object, with its {@code type}
     */
    record Unknown(JsonObject json) implements Tool {
        /**
         * Creates the value.
         *
         * @throws NullPointerException if {@code json} is {@code null}
         */
        public Unknown {
            Objects.requireNonNull(json, "json");
        }

        /** Names the type and the members, never their values (an unknown object may carry a credential). */
        @Override
        public String toString() {
            return "Tool.Unknown[type=" + (json.get("type") == null ? null : json.get("type").asString()) + ", members="
                    + json.names() + "]";
        }
    }
}
