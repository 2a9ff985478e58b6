package io.github.realtimesessions.testkit.contract;

/**
 * The whole contract of an HTTP transport: the behaviour half and every wire concern. A transport's test is
 * <pre>{@code
 * class ApacheSessionCreatorContractTest extends SessionCreatorFixture implements HttpTransportContract {
 *     @Override
 *     protected SessionCreator createSessionCreator(ClientSettings settings) {
 *         return ApacheSessionCreator.create(settings);
 *     }
 *
 *     @Override
 *     public String transportName() {
 *         return "apache";
 *     }
 * }
 * }</pre>
 * and a subclass overriding {@link SessionCreatorFixture#serverMode()} runs all of it against an Azure OpenAI
 * resource. A case the transport cannot pass is overridden in its test class with a comment saying why.
 */
public interface HttpTransportContract
        extends BehaviourContract,
                WireHeaders,
                WireBodies,
                WireAnswers,
                WireRetries,
                WireDeadlines,
                WireCancellation,
                WireSecrets,
                WireAsync,
                WireCalls,
                WireAzure,
                WireSecurity,
                WireLoad,
                ProviderDiscovery {}
