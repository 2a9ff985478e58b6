/**
 * The wire format shared by every transport, with no HTTP library in it: the JSON codec
 * ({@link io.github.realtimesessions.transport.core.SessionJsonCodec}), the request headers, reading answers into
 * sessions or exceptions ({@link io.github.realtimesessions.transport.core.SessionResponseReader}), mapping I/O
 * failures, and the per-call orchestration ({@link io.github.realtimesessions.transport.core.SessionCall}) that a
 * transport drives with its own bytes-moving {@link io.github.realtimesessions.transport.core.SessionCall.Exchange}.
 *
 * <p>This is the only module that uses Jackson (its streaming {@code jackson-core} only).
 */
package io.github.realtimesessions.transport.core;
