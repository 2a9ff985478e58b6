package io.github.realtimesessions.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A session as the API returns it with a client secret: a {@link RealtimeSession} or a {@link TranscriptionSession},
 * told apart by {@code type}. A session type this library does not know arrives as {@link Unknown}, kept whole.
 */
public sealed interface Session permits RealtimeSession, TranscriptionSession, Session.Unknown {

    /**
     * Returns the session type, as on the wire.
     *
     * @return e.g. {@code realtime}
     */
    String type();

    /**
     * Returns the session id.
     *
     * @return e.g. {@code sess_...}, or {@code null} when the server sent none
     */
    String id();

    /**
     * Returns when the session expires.
     *
     * @return the expiry, or {@code null} when not given (the API sends {@code 0})
     */
    Instant expiresAt();

    /**
     * A session of a type this library does not know, kept whole.
     *
     * @param json the object as the server sent it
     */
    record Unknown(JsonObject json) implements Session {

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
            return "Session.Unknown[type=" + (json.get("type") == null ? null : json.get("type").asString()) + ", members="
                    + json.names() + "]";
        }

        @Override
        public String type() {
            return json.get("type") == null ? null : json.get("type").asString();
        }

        @Override
        public String id() {
            return json.get("id") == null ? null : json.get("id").asString();
        }

        /** Returns the {@code expires_at} member when it is a positive whole number of seconds. */
        @Override
        public Instant expiresAt() {
            java.math.BigDecimal seconds = json.get("expires_at") == null ? null : json.get("expires_at").asNumber();
            if (seconds == null || seconds.signum() <= 0 || seconds.compareTo(java.math.BigDecimal.valueOf(31_556_889_864_403_199L)) > 0) {
                return null;
            }
            try {
                return Instant.ofEpochSecond(seconds.longValueExact());
            } catch (ArithmeticException e) {
                return null;
            }
        }
    }
}
