package io.github.realtimesessions.transport.core;

import java.io.InputStream;

/**
 * The answer a transport received, raw: status, headers, and a body to read. The library reads the body (at most
 * {@link RawRequest#maxResponseBytes()} plus one byte) and then calls exactly one of {@link #release()} (the body was
 * read to its end: the connection may be reused) or {@link #abort()} (it was not: oversized, stalled, cut short; close
 * the connection without draining it).
 */
public interface RawResponse {

    /**
     * Returns the HTTP status.
     *
     * @return e.g. 200
     */
    int status();

    /**
     * Returns the response headers, every value of a repeated header included.
     *
     * @return the headers
     */
    HttpHeaders headers();

    /**
     * Returns the body as it arrives, without decoding any content encoding.
     *
     * @return the body; an empty stream when there is none
     */
    InputStream body();

    /** The body was read to its end: give the connection back for reuse. Throws nothing. */
    void release();

    /** The body was not read to its end: close the connection without draining it. Throws nothing. */
    void abort();
}
