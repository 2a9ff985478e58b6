/**
 * The seam between the library and an HTTP stack. {@link io.github.realtimesessions.transport.core.HttpSessionCreator}
 * implements every call of the port once; a transport extends it and implements one small exchange,
 * {@link io.github.realtimesessions.transport.core.HttpExchange} (and, where the stack has non-blocking I/O,
 * {@link io.github.realtimesessions.transport.core.AsyncHttpExchange}): a
 * {@link io.github.realtimesessions.transport.core.RawRequest} out, a
 * {@link io.github.realtimesessions.transport.core.RawResponse} in. Nothing in this package knows sessions, JSON or
 * OpenAI; that is all in {@code transport.core.internal}, which is not API.
 */
package io.github.realtimesessions.transport.core;
