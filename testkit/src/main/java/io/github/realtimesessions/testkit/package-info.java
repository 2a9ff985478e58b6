/**
 * Test support for code that creates Realtime sessions, and for the library's own transports.
 *
 * <ul>
 *   <li>{@link io.github.realtimesessions.testkit.InMemorySessionCreator}: a fake
 *       {@link io.github.realtimesessions.port.SessionCreator} for your unit tests. It answers like the real API
 *       (your settings echoed, the API's defaults filled in, a fresh {@code ek_...} secret that expires by an
 *       injectable {@link java.time.Clock}), can be scripted to answer or to fail with the exceptions the real
 *       transports throw, records what it received, and can be made strict so that an unexpected call fails the
 *       test. For load and chaos tests it fails a seeded random share of the calls on request
 *       ({@link io.github.realtimesessions.testkit.InMemorySessionCreator.Builder#failureRate(double,
 *       io.github.realtimesessions.port.ApiError)}).</li>
 *   <li>{@link io.github.realtimesessions.testkit.FakeRealtimeServer}: the same fake behind a real HTTP/1.1 server on
 *       {@code 127.0.0.1}, speaking the wire format, with scripted network faults
 *       ({@link io.github.realtimesessions.testkit.Fault}) and recorded raw requests
 *       ({@link io.github.realtimesessions.testkit.RecordedRequest}).</li>
 *   <li>{@link io.github.realtimesessions.testkit.SessionCreatorContract}: the JUnit 5 suite every
 *       {@code SessionCreator} of the project passes; the in-memory fake passes its behavioural half, so it behaves
 *       like the transports. Its wire half injects faults with retries on, loads the transport with chaos, and checks
 *       that secrets stay out of exceptions and logs ({@link io.github.realtimesessions.testkit.LogCapture}).</li>
 * </ul>
 *
 * <p>Absent values are {@code null} throughout this package, as in the model. Everything here is thread-safe unless
 * a type says otherwise.
 */
package io.github.realtimesessions.testkit;
