package io.github.realtimesessions.testkit.contract;

/**
 * The behaviour half of the contract: every concern that any {@code SessionCreator} passes, the in-memory fake
 * included. A test class implements it next to extending {@link SessionCreatorFixture}:
 * <pre>{@code
 * class InMemorySessionCreatorContractTest extends SessionCreatorFixture implements BehaviourContract {
 *     @Override
 *     protected SessionCreator createSessionCreator(ClientSettings settings) {
 *         return sessions();
 *     }
 * }
 * }</pre>
 */
public interface BehaviourContract
        extends ClientSecretBehaviour,
                TranslationBehaviour,
                CallBehaviour,
                BetaSessionBehaviour,
                ErrorBehaviour,
                SecretBehaviour,
                ConcurrencyBehaviour,
                AsyncBehaviour {}
