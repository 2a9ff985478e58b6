package io.github.realtimesessions.cli;

import static io.github.realtimesessions.port.ClientSettings.ENV_API_KEY;
import static io.github.realtimesessions.port.ClientSettings.ENV_AZURE_API_KEY;
import static io.github.realtimesessions.port.ClientSettings.ENV_AZURE_ENDPOINT;
import static io.github.realtimesessions.port.ClientSettings.ENV_BASE_URL;
import static io.github.realtimesessions.port.ClientSettings.ENV_ORG_ID;
import static io.github.realtimesessions.port.ClientSettings.ENV_PROJECT_ID;

import io.github.realtimesessions.port.ClientSettings;
import io.github.realtimesessions.port.Credential;
import io.github.realtimesessions.port.Endpoint;
import io.github.realtimesessions.port.SessionCreator;
import io.github.realtimesessions.port.SessionCreators;
import io.github.realtimesessions.transport.core.internal.LibraryInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One command's connection: the settings (from the options, then the environment, as the library reads it), the
 * transport, and the embedded fake server when there is no credential or {@code --embedded} asks for it. Every
 * misconfiguration is a {@link UsageException} that names the option or the environment variable to change, never a
 * builder method.
 */
final class Connection implements AutoCloseable {

    /** Appended to the library's {@code User-Agent}. */
    static final String USER_AGENT_SUFFIX = "realtime-sessions-cli/" + LibraryInfo.version();

    private static final String HOW_TO_CHANGE_THE_URL = "change it with --base-url or " + ENV_BASE_URL
            + " (for Azure OpenAI: --azure-endpoint or " + ENV_AZURE_ENDPOINT + ")";

    private final ClientSettings settings;
    private final String transport;
    private final EmbeddedServer embedded;
    private final String urlSource;
    private SessionCreator creator;

    private Connection(ClientSettings settings, String transport, EmbeddedServer embedded, String urlSource) {
        this.settings = settings;
        this.transport = transport;
        this.embedded = embedded;
        this.urlSource = urlSource;
    }

    /**
     * Opens the connection the options and the environment describe.
     *
     * @param options the connection options
     * @param terminal the environment, and where the notices go
     * @param retries told about every attempt, for the one line per retry
     * @throws UsageException if the configuration is incomplete or contradictory
     */
    static Connection open(ConnectionOptions options, Terminal terminal, RetryReporter retries) {
        String transport = chooseTransport(options.transport, terminal);
        if (options.embedded) {
            if (options.baseUrl != null || options.azureEndpoint != null) {
                throw new UsageException("--embedded", "choose either the embedded fake server or "
                        + (options.baseUrl != null ? "--base-url" : "--azure-endpoint") + ", not both");
            }
            terminal.notice("Using the embedded fake Realtime server (--embedded): no network, no account needed.");
            return embedded(options, transport, retries);
        }
        boolean openAi = terminal.variable(ENV_API_KEY) != null;
        boolean azure = terminal.variable(ENV_AZURE_ENDPOINT) != null || terminal.variable(ENV_AZURE_API_KEY) != null;
        if (!openAi && !azure && options.baseUrl == null && options.azureEndpoint == null) {
            terminal.notice("No " + ENV_API_KEY + " set: using the embedded fake Realtime server (no network, no"
                    + " account needed)" + (terminal.variable(ENV_BASE_URL) != null ? "; " + ENV_BASE_URL
                    + " is ignored" : "") + ". Set " + ENV_API_KEY + " (or " + ENV_AZURE_ENDPOINT + " and "
                    + ENV_AZURE_API_KEY + ") to use the real API.");
            return embedded(options, transport, retries);
        }
        Map<String, String> view = new HashMap<>();
        for (String name : List.of(ENV_API_KEY, ENV_BASE_URL, ENV_ORG_ID, ENV_PROJECT_ID, ENV_AZURE_ENDPOINT,
                ENV_AZURE_API_KEY)) {
            if (terminal.variable(name) != null) {
                view.put(name, terminal.variable(name));
            }
        }
        String urlSource = chooseTarget(options, view, openAi, azure);
        ClientSettings settings;
        try {
            settings = tune(ClientSettings.builderFromEnvironment(view::get), options, retries).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException(forCli(e.getMessage(), urlSource, view));
        }
        retries.attempts(settings.maxRetries() + 1);
        return new Connection(settings, transport, null, urlSource);
    }

    /**
     * Applies {@code --base-url} or {@code --azure-endpoint} to the view of the environment, so that the library reads
     * them as it reads the variables, and returns what names the base URL in messages.
     */
    private static String chooseTarget(
            ConnectionOptions options, Map<String, String> view, boolean openAi, boolean azure) {
        if (options.baseUrl != null && options.azureEndpoint != null) {
            throw new UsageException("--base-url, --azure-endpoint", "choose one: --base-url for the OpenAI API or a"
                    + " gateway, --azure-endpoint for Azure OpenAI");
        }
        if (options.azureEndpoint != null) {
            if (view.get(ENV_AZURE_API_KEY) == null) {
                throw new UsageException("--azure-endpoint", "needs the resource's key in " + ENV_AZURE_API_KEY
                        + (openAi ? " (" + ENV_API_KEY + " is for the OpenAI API and is not sent to Azure)" : ""));
            }
            view.remove(ENV_API_KEY);
            view.remove(ENV_BASE_URL);
            view.put(ENV_AZURE_ENDPOINT, options.azureEndpoint);
            return "--azure-endpoint";
        }
        if (options.baseUrl != null) {
            if (!openAi) {
                throw new UsageException("--base-url", azure
                        ? "is for the OpenAI API and needs " + ENV_API_KEY + "; for Azure OpenAI use"
                                + " --azure-endpoint (or " + ENV_AZURE_ENDPOINT + ")"
                        : "needs " + ENV_API_KEY + " (or use --embedded for the embedded fake server)");
            }
            view.remove(ENV_AZURE_ENDPOINT);
            view.remove(ENV_AZURE_API_KEY);
            view.put(ENV_BASE_URL, options.baseUrl);
            return "--base-url";
        }
        if (openAi && azure) {
            throw new UsageException("environment", "both OpenAI (" + ENV_API_KEY + ") and Azure OpenAI ("
                    + ENV_AZURE_ENDPOINT + ", " + ENV_AZURE_API_KEY + ") are configured: unset one of them, or choose"
                    + " with --base-url or --azure-endpoint");
        }
        if (azure) {
            if (view.get(ENV_AZURE_ENDPOINT) == null) {
                throw new UsageException("environment", ENV_AZURE_API_KEY + " is set but " + ENV_AZURE_ENDPOINT
                        + " is not: set it (or pass --azure-endpoint) to your resource's endpoint, e.g."
                        + " https://my-resource.openai.azure.com");
            }
            if (view.get(ENV_AZURE_API_KEY) == null) {
                throw new UsageException("environment", ENV_AZURE_ENDPOINT + " is set but " + ENV_AZURE_API_KEY
                        + " is not: set it to the resource's key (Keys and Endpoint in the Azure portal)");
            }
            return ENV_AZURE_ENDPOINT;
        }
        return view.get(ENV_BASE_URL) != null ? ENV_BASE_URL : null;
    }

    private static Connection embedded(ConnectionOptions options, String transport, RetryReporter retries) {
        EmbeddedServer server = EmbeddedServer.start();
        try {
            ClientSettings settings = tune(server.settings(), options, retries).build();
            retries.attempts(settings.maxRetries() + 1);
            return new Connection(settings, transport, server, "the embedded fake server");
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static ClientSettings.Builder tune(
            ClientSettings.Builder builder, ConnectionOptions options, RetryReporter retries) {
        builder.userAgentSuffix(USER_AGENT_SUFFIX).allowInsecureHttp(options.allowInsecureHttp).listener(retries);
        if (options.timeout != null) {
            builder.callTimeout(options.timeout);
        }
        if (options.maxRetries != null) {
            builder.maxRetries(options.maxRetries);
        }
        return builder;
    }

    /**
     * Rewrites a message of the library's settings for a CLI user: the option or variable that supplied a value instead
     * of the setting's name, and the option to pass instead of the builder method to call. Never repeats a key: the
     * library's messages do not, and the keys in the environment are scrubbed besides.
     */
    static String forCli(String message, String urlSource, Map<String, String> environment) {
        String text = message == null ? "invalid configuration" : message;
        String source = urlSource == null ? "the base URL" : urlSource;
        text = text.replace("baseUri", source).replace("the Azure OpenAI endpoint", source);
        if ("--base-url".equals(urlSource)) {
            text = text.replace(ENV_BASE_URL, "--base-url");
        } else if ("--azure-endpoint".equals(urlSource)) {
            text = text.replace(ENV_AZURE_ENDPOINT, "--azure-endpoint");
        }
        // "AZURE_OPENAI_ENDPOINT is not usable: the Azure OpenAI endpoint must..." names the source twice by now.
        text = text.replace(source + " is not usable: " + source, source);
        text = text.replace("allowInsecureHttp(true)", "--allow-insecure-http")
                .replace("allow insecure http", "add --allow-insecure-http");
        return Failures.scrub(text, environment.get(ENV_API_KEY), environment.get(ENV_AZURE_API_KEY));
    }

    /** The named transport (option, system property, environment), else apache when present, else the one found. */
    static String chooseTransport(String option, Terminal terminal) {
        List<String> available = SessionCreators.availableTransports();
        String source;
        String wanted;
        String property = System.getProperty(SessionCreators.TRANSPORT_PROPERTY);
        if (option != null) {
            source = "--transport";
            wanted = option;
        } else if (property != null && !property.isBlank()) {
            source = "system property " + SessionCreators.TRANSPORT_PROPERTY;
            wanted = property;
        } else if (terminal.variable(SessionCreators.TRANSPORT_ENV) != null) {
            source = SessionCreators.TRANSPORT_ENV;
            wanted = terminal.variable(SessionCreators.TRANSPORT_ENV);
        } else {
            if (available.isEmpty()) {
                throw new IllegalStateException("no Realtime Sessions transport on the class path: the jar is"
                        + " incomplete");
            }
            return available.contains("apache") ? "apache" : available.get(0);
        }
        String name = wanted.trim().toLowerCase(Locale.ROOT);
        if (!available.contains(name)) {
            throw new UsageException(source, "must be one of " + String.join(", ", available) + " (was '" + wanted
                    + "')");
        }
        return name;
    }

    /** Returns the session creator, created on first use and closed with the connection. */
    SessionCreator creator() {
        if (creator == null) {
            creator = SessionCreators.create(settings, transport);
        }
        return creator;
    }

    /** Returns the settings in use. */
    ClientSettings settings() {
        return settings;
    }

    /** Returns the transport's name. */
    String transport() {
        return transport;
    }

    /** Tells whether the embedded fake server answers. */
    boolean isEmbedded() {
        return embedded != null;
    }

    /** Returns the URL an endpoint is called at, for messages. */
    URI urlOf(Endpoint endpoint, String callId) {
        URI base = endpoint == Endpoint.CALLS || endpoint == Endpoint.HANGUP
                ? settings.callsBaseUri()
                : settings.baseUri();
        String path = endpoint.pathTemplate().replace("{call_id}", callId == null ? "{call_id}" : callId);
        return URI.create(base + path);
    }

    /** Says where the URL came from and how to change it, for a failed connection: a sentence. */
    String howToChangeTheUrl() {
        if (embedded != null) {
            return "The embedded fake server runs in-process and should always answer: run with --verbose to see why"
                    + " it did not.";
        }
        String from = urlSource == null ? "It is the default URL" : "It came from " + urlSource;
        return from + ": " + HOW_TO_CHANGE_THE_URL + ".";
    }

    /** Returns the secrets the tool must never print: the credential's key. */
    String[] secrets() {
        Credential credential = settings.credential();
        if (credential instanceof Credential.ApiKey key) {
            return new String[] {key.key()};
        }
        if (credential instanceof Credential.AzureApiKey key) {
            return new String[] {key.key()};
        }
        return new String[0];
    }

    @Override
    public void close() {
        try {
            if (creator != null) {
                creator.close();
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
