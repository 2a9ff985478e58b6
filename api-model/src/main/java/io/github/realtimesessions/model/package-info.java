/**
 * The immutable session types of {@code POST /v1/realtime/sessions}: what a caller asks for
 * ({@link io.github.realtimesessions.model.RealtimeSessionCreateRequest}) and what the API answers
 * ({@link io.github.realtimesessions.model.RealtimeSessionCreateResponse}, with its
 * {@link io.github.realtimesessions.model.ClientSecret}).
 *
 * <h2>Conventions of this package</h2>
 * <ul>
 *   <li><b>Absent is {@code null}.</b> Every optional component and accessor returns {@code null} when the field
 *       was not set (request) or not present on the wire (response). There are no {@code Optional} fields or
 *       parameters.</li>
 *   <li><b>Nullable request fields have three states.</b> {@code turn_detection}, {@code input_audio_transcription},
 *       {@code input_audio_noise_reduction} and {@code tracing} are typed {@link io.github.realtimesessions.model.Setting}:
 *       {@code null} means "not set, keep the server default" (the field is omitted from the JSON),
 *       {@link io.github.realtimesessions.model.Setting#disabled()} means "turn it off" (JSON {@code null}), and
 *       {@link io.github.realtimesessions.model.Setting#enabled(Object)} carries a value.</li>
 *   <li><b>Enums are open.</b> Types such as {@link io.github.realtimesessions.model.Voice} or
 *       {@link io.github.realtimesessions.model.RealtimeModel} have constants for the values the spec lists, and
 *       {@code of(String)} accepts any other value, which then round-trips unchanged. Compare with
 *       {@code equals}, never {@code ==}.</li>
 *   <li><b>Unions are sealed.</b> {@link io.github.realtimesessions.model.MaxOutputTokens},
 *       {@link io.github.realtimesessions.model.Tracing} and {@link io.github.realtimesessions.model.ToolChoice}
 *       are sealed interfaces; switch over their records.</li>
 *   <li><b>Requests validate, responses do not.</b> A request checks every rule of the API when it is constructed
 *       (builder {@code build()} included) and throws {@link io.github.realtimesessions.model.InvalidRequestException}
 *       naming each field and rule. A response accepts whatever the server sent, so a newer server never breaks an
 *       older client.</li>
 *   <li><b>JSON trees are plain JDK types.</b> Free-form JSON (tool parameters, tracing metadata) is a
 *       {@code Map<String, Object>} whose values are {@code null}, {@link java.lang.String}, {@link java.lang.Boolean},
 *       {@link java.lang.Number}, {@code List<Object>} or {@code Map<String, Object>}; copies are deep, unmodifiable
 *       and keep key order.</li>
 * </ul>
 * This package depends on the JDK only.
 */
package io.github.realtimesessions.model;
