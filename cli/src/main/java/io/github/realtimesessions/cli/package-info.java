/**
 * The {@code realtime-sessions} command line tool: {@code create} mints an ephemeral client secret (GA realtime by
 * default; transcription, translation, or the retired beta endpoint on request), {@code call} exchanges a WebRTC SDP
 * offer for an answer, {@code hangup} ends a call. It talks to the real API when a credential is configured
 * ({@code OPENAI_API_KEY}, or {@code AZURE_OPENAI_ENDPOINT} and {@code AZURE_OPENAI_API_KEY}) and to the testkit's
 * in-process fake server otherwise, or with {@code --embedded}.
 *
 * <p>{@link io.github.realtimesessions.cli.RealtimeSessionsCli} is the entry point; everything else in this package
 * is its implementation. Two decisions shape it:
 * <ul>
 *   <li>A request is assembled as JSON ({@code RequestDocument}): the {@code --request-file}'s body, then every
 *       option on top of it at the field's JSON path, then defaults. Only then is it decoded, strictly, into the
 *       library's request type, which validates it once as a whole; a broken rule is reported under the option that
 *       set the field, or under the file. So an option can repair what the file has wrong, as the help promises.</li>
 *   <li>Connection settings come from the options layered over the environment, read by the library's own
 *       {@code ClientSettings.builderFromEnvironment}; messages are rewritten to name the option or variable to
 *       change, never a builder method. Retries are reported through the library's {@code RequestListener}, one line
 *       per retried attempt.</li>
 * </ul>
 * The tool names no transport class: it finds them through {@link io.github.realtimesessions.port.SessionCreators}.
 */
package io.github.realtimesessions.cli;
