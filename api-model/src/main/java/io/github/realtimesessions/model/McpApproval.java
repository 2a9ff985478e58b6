package io.github.realtimesessions.model;

import io.github.realtimesessions.model.internal.Checks;

/**
 * Which calls of an MCP server's tools need approval (JSON {@code tools[].require_approval}): {@link #ALWAYS} (the
 * API's default), {@link #NEVER}, or a {@link McpApprovalPolicy} per tool.
 */
public sealed interface McpApproval permits McpApproval.Mode, McpApprovalPolicy {

    /** Every call needs approval. */
    Mode ALWAYS = new Mode("always");

    /** No call needs approval. */
    Mode NEVER = new Mode("never");

    /**
     * A keyword ({@code always}, {@code never}); a keyword a newer server sends round-trips unchanged.
     *
     * @param value the keyword
     */
    record Mode(String value) implements McpApproval {
        /**
         * Creates a keyword.
         *
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public Mode {
            Checks.wireValue(value, "require_approval");
        }

        /** Returns the keyword, as on the wire. */
        @Override
        public String toString() {
            return value;
        }
    }
}
