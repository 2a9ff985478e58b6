package io.github.realtimesessions.transport.feign.internal;

/** A Feign body that can drop its connection without draining it. Not API. */
interface AbortableBody {

    /** Closes the connection without reading the rest of the body. Throws nothing. */
    void abort();
}
