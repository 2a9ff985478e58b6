package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;
import java.util.List;

/**
 * Which tools of an MCP server the model may call (JSON {@code tools[].allowed_tools}): a list of names
 * ({@link Names}) or a {@link McpToolFilter}.
 */
public sealed interface McpAllowedTools permits McpAllowedTools.Names, McpToolFilter {

    /**
     * Returns the tools with the given names.
     *
     * @param names the names
     * @return the selection
     */
    static Names names(String... names) {
        return new Names(List.of(names));
    }

    /**
     * Tools by name (JSON array of strings).
     *
     * @param names the tool names
     */
    record Names(List<String> names) implements McpAllowedTools {
        /**
         * Creates the selection, copying the list.
         *
         * @throws NullPointerException if the list or a name is {@code null}
         */
        public Names {
            names = Checks.listOrNull(java.util.Objects.requireNonNull(names, "allowed_tools"), "allowed_tools");
        }
    }
}
