/**
 * The immutable types of the GA Realtime REST endpoints: what a caller asks for
 * ({@link io.github.realtimesessions.model.ClientSecretRequest},
 * {@link io.github.realtimesessions.model.TranslationClientSecretRequest},
 * {@link io.github.realtimesessions.model.CallRequest}) and what the API answers
 * ({@link io.github.realtimesessions.model.ClientSecretResponse},
 * {@link io.github.realtimesessions.model.TranslationClientSecretResponse},
 * {@link io.github.realtimesessions.model.RealtimeCall}). The retired beta {@code POST /v1/realtime/sessions} types
 * live in {@link io.github.realtimesessions.model.beta}.
 *
 * <h2>Conventions of this package</h2>
 * <ul>
 *   <li><b>Absent is {@code null}.</b> Every optional accessor returns {@code null} when the field was not set
 *       (request) or not present on the wire (response). There are no {@code Optional} fields or parameters.</li>
 *   <li><b>Nullable request fields have three states.</b> A field the API switches off with JSON {@code null} (such
 *       as {@code tracing}, {@code prompt} or {@code audio.input.turn_detection}) has an accessor {@code x()} for its
 *       value and {@code xSetting()} for its {@link io.github.realtimesessions.model.Setting}: {@code null} means
 *       "not set, keep the server default" (the field is omitted from the JSON),
 *       {@link io.github.realtimesessions.model.Setting#disabled()} means "turn it off" (JSON {@code null}), and
 *       {@link io.github.realtimesessions.model.Setting#enabled(Object)} carries a value.</li>
 *   <li><b>Enums are open.</b> Types such as {@link io.github.realtimesessions.model.Voice} or
 *       {@link io.github.realtimesessions.model.RealtimeModel} have constants for the values the spec lists, and
 *       {@code of(String)} accepts any other value, which then round-trips unchanged. Compare with
 *       {@code equals}, never {@code ==}.</li>
 *   <li><b>Unions are sealed.</b> {@link io.github.realtimesessions.model.MaxOutputTokens},
 *       {@link io.github.realtimesessions.model.Tracing}, {@link io.github.realtimesessions.model.ToolChoice} and
 *       {@link io.github.realtimesessions.model.Tool} are sealed interfaces; switch over them.</li>
 *   <li><b>Requests validate, responses do not.</b> A request or session configuration checks the rules of the API
 *       when it is built and throws {@link io.github.realtimesessions.model.InvalidRequestException} naming each field
 *       by its JSON path and rule. A response accepts whatever the server sent, so a newer server never breaks an
 *       older client.</li>
 *   <li><b>Free-form JSON is a {@link io.github.realtimesessions.model.JsonValue}.</b> Tool parameters, tracing
 *       metadata and the extra fields of a type are immutable JSON values that keep member order and exact
 *       numbers.</li>
 * </ul>
 * This package depends on the JDK only.
 */
package io.github.realtimesessions.model;
