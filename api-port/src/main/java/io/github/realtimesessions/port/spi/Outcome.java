package io.github.realtimesessions.port.spi;

import io.github.realtimesessions.port.ApiCancelledException;
import io.github.realtimesessions.port.ApiConnectionException;
import io.github.realtimesessions.port.ApiStatusException;
import io.github.realtimesessions.port.ApiTimeoutException;
import io.github.realtimesessions.port.CredentialException;
import io.github.realtimesessions.port.RealtimeApiException;
import io.github.realtimesessions.port.ResponseFormatException;

/** How an attempt or a call ended, as a low-cardinality value for metrics. */
public enum Outcome {

    /** A 2xx answer that the library could read. */
    SUCCESS,

    /** A 4xx answer other than 429. */
    CLIENT_ERROR,

    /** HTTP 429. */
    RATE_LIMITED,

    /** HTTP 500 or above. */
    SERVER_ERROR,

    /** Another non-2xx status. */
    OTHER_STATUS,

    /** No answer in time. */
    TIMEOUT,

    /** No complete answer: refused, reset, cut short. */
    CONNECTION_ERROR,

    /** A 2xx answer that is not what the endpoint returns. */
    RESPONSE_FORMAT_ERROR,

    /** Given up by the caller: interrupted, cancelled, or the creator closed. */
    CANCELLED,

    /** The credential could not supply a token. */
    CREDENTIAL_ERROR;

    /**
     * Returns the outcome a failure stands for.
     *
     * @param failure the failure, or {@code null} for success
     * @return the outcome
     */
    public static Outcome of(RealtimeApiException failure) {
        if (failure == null) {
            return SUCCESS;
        }
        if (failure instanceof ApiStatusException status) {
            int code = status.status();
            if (code == 429) {
                return RATE_LIMITED;
            }
            if (code >= 500) {
                return SERVER_ERROR;
            }
            return code >= 400 ? CLIENT_ERROR : OTHER_STATUS;
        }
        if (failure instanceof ApiTimeoutException) {
            return TIMEOUT;
        }
        if (failure instanceof ApiConnectionException) {
            return CONNECTION_ERROR;
        }
        if (failure instanceof ResponseFormatException) {
            return RESPONSE_FORMAT_ERROR;
        }
        if (failure instanceof ApiCancelledException) {
            return CANCELLED;
        }
        return failure instanceof CredentialException ? CREDENTIAL_ERROR : CONNECTION_ERROR;
    }
}
