/**
 * Test support for code that mints Realtime client secrets or brokers calls, and for the library's own transports.
 *
 * <ul>
 *   <li>{@link io.github.realtimesessions.testkit.InMemorySessionCreator}: a fake
 *       {@link io.github.realtimesessions.port.SessionCreator} for your unit tests. It answers every endpoint (GA
 *       client secrets for realtime and transcription sessions, translation secrets, WebRTC calls and hangups, the
 *       retired beta sessions) the way the real API does, with the defaults and shapes of a recorded answer
 *       ({@link io.github.realtimesessions.testkit.SpecCaptures}); it can be scripted per endpoint to answer, to fail
 *       with the exceptions the transports throw, or to take its time; it records what it received, validates like the
 *       API, offers every call asynchronously, and can be made strict so that an unexpected call fails the test.</li>
 *   <li>{@link io.github.realtimesessions.testkit.FakeRealtimeServer}: the same fake behind a real HTTP/1.1 server on
 *       {@code 127.0.0.1}, speaking the wire format, as the OpenAI API or as an Azure OpenAI resource, with scripted
 *       network faults ({@link io.github.realtimesessions.testkit.Fault}) and recorded raw requests
 *       ({@link io.github.realtimesessions.testkit.RecordedRequest}).</li>
 *   <li>{@link io.github.realtimesessions.testkit.TestClock}, {@link io.github.realtimesessions.testkit.SdpSamples},
 *       {@link io.github.realtimesessions.testkit.UntrustedTlsServer} and
 *       {@link io.github.realtimesessions.testkit.LogCapture}: the small tools the above and the contract use.</li>
 *   <li>{@code io.github.realtimesessions.testkit.contract}: the JUnit contract suite every {@code SessionCreator} of
 *       the project passes.</li>
 * </ul>
 *
 * <h2>Dependencies</h2>
 * The testkit brings no test framework to your class path: JUnit Jupiter (api, params) and AssertJ are
 * {@code provided} dependencies, used only by the contract package. The fakes of this package use neither (their
 * failures are plain {@link java.lang.AssertionError}s), so they work in a JUnit 5 or a JUnit 6 project, or with
 * another test framework; to run the contract, declare {@code junit-jupiter} (5.11 or later, or 6) and
 * {@code assertj-core} in your own test scope. Logback is optional too: only {@code LogbackLogCapture} needs it.
 *
 * <p>Absent values are {@code null} throughout this package, as in the model. Everything here is thread-safe unless
 * a type says otherwise.
 */
package io.github.realtimesessions.testkit;
