package io.github.realtimesessions.transport.feign.internal;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;

import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The transport's default {@link feign.Client}: a lean client over the pooled HttpClient 5 the creator owns. Unlike
 * feign-hc5's {@code ApacheHttp5Client} it registers the exchange's abort hook before it blocks, so the library's
 * deadlines end an exchange even while it waits for the answer's head, and its body aborts without draining. Not API.
 */
public final class PooledApacheClient implements Client {

    private final CloseableHttpClient client;
    private volatile Config lastConfig;

    /**
     * Creates the client.
     *
     * @param client the pooled client, owned by the creator
     */
    public PooledApacheClient(CloseableHttpClient client) {
        this.client = client;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        HttpUriRequestBase http = new HttpUriRequestBase(request.httpMethod().name(), URI.create(request.url()));
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            // Feign adds Content-Length itself; HttpClient sets it from the entity and refuses a second one.
            if (!header.getKey().equalsIgnoreCase("Content-Length")) {
                boolean sensitive = header.getKey().equalsIgnoreCase("Authorization")
                        || header.getKey().equalsIgnoreCase("api-key");
                for (String value : header.getValue()) {
                    http.addHeader(new BasicHeader(header.getKey(), value, sensitive));
                }
            }
        }
        byte[] body = request.body();
        http.setEntity(new ByteArrayEntity(body == null ? new byte[0] : body, null));
        http.setConfig(config(options.readTimeoutMillis(), options.connectTimeoutMillis()));
        ExchangeOptions exchange = options instanceof ExchangeOptions ours ? ours : null;
        if (exchange != null) {
            exchange.request().onAbort(http::cancel);
        }
        ClassicHttpResponse response = client.executeOpen(null, http, null);
        Response.Body answer = new Body(response, http);
        return Response.builder()
                .status(response.getCode())
                .reason(response.getReasonPhrase())
                .headers(headers(response.getHeaders()))
                .request(request)
                // Capped here rather than by LibraryClient, which would copy the whole response to swap its body.
                .body(exchange == null ? answer : CappedBody.guard(answer, exchange.request()))
                .build();
    }

    /** The configuration for these timeouts, kept from the last request: they change only when a call overrides them. */
    private RequestConfig config(int readTimeoutMillis, int connectTimeoutMillis) {
        Config last = lastConfig;
        if (last != null && last.readTimeoutMillis == readTimeoutMillis
                && last.connectTimeoutMillis == connectTimeoutMillis) {
            return last.config;
        }
        RequestConfig config = RequestConfig.custom()
                .setResponseTimeout(Timeout.ofMilliseconds(readTimeoutMillis))
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(connectTimeoutMillis))
                .setRedirectsEnabled(false)
                .build();
        lastConfig = new Config(readTimeoutMillis, connectTimeoutMillis, config);
        return config;
    }

    private record Config(int readTimeoutMillis, int connectTimeoutMillis, RequestConfig config) {}

    /** Names as they came: Feign copies them into its own map, which ignores case, when it builds the response. */
    private static Map<String, Collection<String>> headers(Header[] headers) {
        Map<String, Collection<String>> map = new LinkedHashMap<>();
        for (Header header : headers) {
            map.computeIfAbsent(header.getName(), name -> new ArrayList<>(1)).add(header.getValue());
        }
        return map;
    }

    @Override
    public String toString() {
        return "PooledApacheClient";
    }

    /** The streaming body of an HttpClient answer. */
    private static final class Body implements Response.Body, AbortableBody {

        private final ClassicHttpResponse response;
        private final HttpUriRequestBase request;

        Body(ClassicHttpResponse response, HttpUriRequestBase request) {
            this.response = response;
            this.request = request;
        }

        @Override
        public Integer length() {
            HttpEntity entity = response.getEntity();
            long length = entity == null ? 0 : entity.getContentLength();
            return length < 0 || length > Integer.MAX_VALUE ? null : (int) length;
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public InputStream asInputStream() throws IOException {
            HttpEntity entity = response.getEntity();
            InputStream content = entity == null ? null : entity.getContent();
            return content == null ? InputStream.nullInputStream() : content;
        }

        @Override
        public java.io.Reader asReader(java.nio.charset.Charset charset) throws IOException {
            return new java.io.InputStreamReader(asInputStream(), charset);
        }

        /** Called once the body was read to its end: the connection is back in the pool, closing keeps it there. */
        @Override
        public void close() throws IOException {
            response.close();
        }

        @Override
        public void abort() {
            if (response instanceof CloseableHttpResponse closeable) {
                closeable.close(CloseMode.IMMEDIATE);
            }
            request.cancel();
        }
    }

}
