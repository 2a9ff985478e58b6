/**
 * The {@code realtime-sessions} command line tool: mints a Realtime session from a shell, against the real API when
 * {@code OPENAI_API_KEY} is set and against the testkit's in-process fake server otherwise.
 *
 * <p>{@link io.github.realtimesessions.cli.RealtimeSessionsCli} is the entry point; everything else in this package
 * is its implementation. The tool names no transport class: it finds them through
 * {@link io.github.realtimesessions.port.SessionCreators}.
 */
package io.github.realtimesessions.cli;
