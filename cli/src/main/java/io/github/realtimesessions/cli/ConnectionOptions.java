package io.github.realtimesessions.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** Where and how every command connects: the options shared by {@code create}, {@code call} and {@code hangup}. */
final class ConnectionOptions {

    @Option(names = "--base-url", paramLabel = "URL", order = 50,
            description = "The OpenAI API's base URL, or a gateway's (default: OPENAI_BASE_URL, else "
                    + "https://api.openai.com/v1). Needs OPENAI_API_KEY.")
    String baseUrl;

    @Option(names = "--azure-endpoint", paramLabel = "URL", order = 51,
            description = "An Azure OpenAI resource, e.g. https://my-resource.openai.azure.com (default: "
                    + "AZURE_OPENAI_ENDPOINT). Needs AZURE_OPENAI_API_KEY; --model is the deployment name.")
    String azureEndpoint;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = OptionConverters.DurationConverter.class,
            order = 52, description = "The deadline of the whole call, retries included: 30s, 500ms, 2m (default 2m).")
    Duration timeout;

    @Option(names = "--max-retries", paramLabel = "N", converter = OptionConverters.NonNegative.class, order = 53,
            description = "How often a failed call is retried (default 2; 0 turns retries off).")
    Integer maxRetries;

    @Option(names = "--transport", paramLabel = "NAME", order = 54,
            description = "The HTTP transport: apache or feign (default: REALTIME_SESSIONS_TRANSPORT, else apache).")
    String transport;

    @Option(names = "--embedded", order = 55,
            description = "Use the embedded fake Realtime server (in-process: no network, no account), even when a "
                    + "credential is configured. The default when none is.")
    boolean embedded;

    @Option(names = "--allow-insecure-http", order = 56,
            description = "Accept a plain http:// URL to a host other than localhost: only behind a trusted proxy "
                    + "that adds TLS, since the key would otherwise travel in clear text.")
    boolean allowInsecureHttp;

    // Also read by RealtimeSessionsCli.main before any logger exists, to raise the library's log level.
    @Option(names = "--verbose", order = 57,
            description = "Log what the library does to standard error; print the stack trace of a failure.")
    boolean verbose;
}
