package io.github.realtimesessions.model;

/**
 * The limit on output tokens for one assistant response (JSON {@code max_output_tokens}; {@code max_response_output_tokens} in the beta interface): either an integer
 * or the keyword {@code "inf"}.
 *
 * <p>A request accepts a {@link Limit} between 1 and 4096; the range is checked when the request is built, so that a
 * response carrying a value outside it still decodes.
 */
public sealed interface MaxOutputTokens permits MaxOutputTokens.Limit, MaxOutputTokens.Keyword {

    /** The keyword {@code "inf"}: the maximum the model allows. This is the API's default. */
    Keyword INF = new Keyword("inf");

    /**
     * Returns an integer limit.
     *
     * @param tokens the limit; a request requires 1 to 4096
     * @return the limit
     */
    static MaxOutputTokens of(int tokens) {
        return new Limit(tokens);
    }

    /**
     * Returns {@link #INF}.
     *
     * @return the keyword {@code "inf"}
     */
    static MaxOutputTokens inf() {
        return INF;
    }

    /**
     * An integer limit.
     *
     * @param tokens the maximum number of output tokens
     */
    record Limit(int tokens) implements MaxOutputTokens {
        /** Returns the number, as on the wire. */
        @Override
        public String toString() {
            return Integer.toString(tokens);
        }
    }

    /**
     * A keyword limit. {@code "inf"} is the only keyword today; another string sent by a newer server round-trips
     * unchanged.
     *
     * @param value the keyword
     */
    record Keyword(String value) implements MaxOutputTokens {
        /**
         * Creates a keyword.
         *
         * @throws NullPointerException if {@code value} is {@code null}
         * @throws IllegalArgumentException if {@code value} is blank
         */
        public Keyword {
            io.github.realtimesessions.model.internal.Checks.wireValue(value, "max_output_tokens");
        }

        /** Returns the keyword, as on the wire. */
        @Override
        public String toString() {
            return value;
        }
    }
}
