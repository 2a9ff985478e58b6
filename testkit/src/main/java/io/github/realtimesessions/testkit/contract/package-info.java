/**
 * The contract suite: one fixture, {@link io.github.realtimesessions.testkit.contract.SessionCreatorFixture}, and one
 * JUnit test interface per concern, each with default {@code @Test} methods. A test class extends the fixture and
 * implements the concerns that apply, so that nothing is reported as skipped:
 * <ul>
 *   <li>the behaviour half, {@link io.github.realtimesessions.testkit.contract.BehaviourContract}, for every
 *       {@code SessionCreator}, the in-memory fake included: client secrets, translation secrets, calls and hangups,
 *       the beta endpoint, errors, secrets in descriptions, concurrency and the asynchronous view;</li>
 *   <li>the wire half, for HTTP transports, all of it in
 *       {@link io.github.realtimesessions.testkit.contract.HttpTransportContract}: headers, bodies, answers and their
 *       framing, the retry matrix, deadlines against hostile servers, cancellation and {@code close()}, secrets in
 *       messages and logs, the asynchronous exchange, calls, Azure OpenAI and bearer tokens, TLS, load and provider
 *       discovery.</li>
 * </ul>
 * <pre>{@code
 * class FeignSessionCreatorContractTest extends SessionCreatorFixture implements HttpTransportContract {
 *     @Override
 *     protected SessionCreator createSessionCreator(ClientSettings settings) {
 *         return FeignSessionCreator.create(settings);
 *     }
 * }
 *
 * class FeignAzureContractTest extends FeignSessionCreatorContractTest {
 *     @Override
 *     public ServerMode serverMode() {
 *         return ServerMode.AZURE_BEARER_TOKEN;
 *     }
 * }
 * }</pre>
 * A case a transport cannot pass is overridden in its test class, keeping its annotations, with a comment that says
 * why (and, ideally, a check that the limit is still there); it is never disabled. The load case is tagged
 * {@code slow}. The cases use short real timeouts (300 to 800 ms) and assert upper bounds only; they are safe to run
 * with JUnit's parallel execution of classes.
 *
 * <p>Needs JUnit Jupiter 5.11 or later (or 6) and AssertJ on the test class path; the testkit declares both
 * {@code provided}.
 */
package io.github.realtimesessions.testkit.contract;
