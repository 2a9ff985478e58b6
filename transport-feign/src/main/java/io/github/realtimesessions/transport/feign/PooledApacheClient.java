package io.github.realtimesessions.transport.feign;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.Configurable;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.GzipCompressingEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.ProtocolVersion;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;

/**
 * The default {@link Client} of {@link FeignSessionCreator}: hands a Feign request straight to the Apache HttpClient 5
 * (and its connection pool) that the creator owns, and hands the answer back as a {@link Response} whose body streams
 * from the connection. It does what feign-hc5's {@code ApacheHttp5Client} does for this call, without its generic
 * conversions: the body Feign holds (always bytes here, see {@link PreEncodedBodyEncoder}) becomes a
 * {@link ByteArrayEntity} as it is; the target and parsed URI of the one endpoint, and the request configuration of
 * the one {@link Request.Options}, are kept from the previous call.
 *
 * <p>Like {@code ApacheHttp5Client}: {@code Content-Length} is left to HttpClient (which computes it from the body);
 * a request {@code Content-Encoding: gzip} (set by a user's interceptor) compresses the body and {@code deflate} is
 * refused; a request without a body is sent without one, except that {@code POST}, {@code PUT} and {@code PATCH} send
 * an empty body; the {@link Request.Options} apply per request (connect timeout, response timeout, redirects, the
 * latter never followed since the owned client has redirect handling off).
 *
 * <p>The answer is opened with {@link CloseableHttpClient#executeOpen}, not with the response-handler form, which would
 * buffer it and close it gracefully, draining whatever is left. Closing the body (or its stream) hands the connection
 * back to the pool when the body was read to its end (or to its {@code Content-Length}), and otherwise closes and
 * discards the connection without draining it: the rest of an oversized, stalled or cut-short body costs nothing.
 *
 * <p>Thread-safe; the bodies it returns are not (one thread reads and closes each).
 */
final class PooledApacheClient implements Client {

    private static final String CONTENT_LENGTH = "Content-Length";
    private static final String CONTENT_ENCODING = "Content-Encoding";
    private static final byte[] NO_BODY = new byte[0];

    private final CloseableHttpClient httpClient;
    private volatile Endpoint lastEndpoint;
    private volatile Configured lastOptions;

    PooledApacheClient(CloseableHttpClient httpClient) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
        Endpoint endpoint = endpoint(request.url());
        HttpUriRequestBase outgoing = new HttpUriRequestBase(request.httpMethod().name(), endpoint.uri());
        boolean gzip = false;
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            String name = header.getKey();
            if (CONTENT_LENGTH.equalsIgnoreCase(name)) {
                continue; // HttpClient sets it from the entity, and refuses a request that already has one
            }
            if (CONTENT_ENCODING.equalsIgnoreCase(name)) {
                gzip = compresses(header.getValue());
            }
            for (String value : header.getValue()) {
                outgoing.addHeader(name, value);
            }
        }
        HttpEntity entity = entity(request);
        if (entity != null) {
            outgoing.setEntity(gzip ? new GzipCompressingEntity(entity) : entity);
        }
        outgoing.setConfig(requestConfig(options));
        ClassicHttpResponse answer = httpClient.executeOpen(endpoint.host(), outgoing, null);
        try {
            return toFeignResponse(answer, outgoing, request);
        } catch (RuntimeException | Error e) {
            discard(answer, outgoing);
            throw e;
        }
    }

    /** Tells whether a request's {@code Content-Encoding} asks for gzip; refuses deflate, as feign-hc5 does. */
    private static boolean compresses(Collection<String> encodings) {
        boolean gzip = false;
        for (String encoding : encodings) {
            if ("deflate".equalsIgnoreCase(encoding)) {
                throw new IllegalArgumentException("Content-Encoding: deflate is not supported by the default client of"
                        + " FeignSessionCreator; hand in a feign.Client that supports it");
            }
            gzip |= "gzip".equalsIgnoreCase(encoding);
        }
        return gzip;
    }

    private static HttpEntity entity(Request request) {
        byte[] body = request.body();
        if (body != null) {
            // No content type: the request's own Content-Type header is sent, and HttpClient adds none.
            return new ByteArrayEntity(body, null);
        }
        return switch (request.httpMethod()) {
            case POST, PUT, PATCH -> new ByteArrayEntity(NO_BODY, null);
            default -> null;
        };
    }

    private Endpoint endpoint(String url) {
        Endpoint last = lastEndpoint;
        if (last != null && last.url().equals(url)) {
            return last;
        }
        URI uri = URI.create(url);
        Endpoint endpoint = new Endpoint(url, uri, HttpHost.create(uri));
        lastEndpoint = endpoint;
        return endpoint;
    }

    /**
     * Returns the request configuration for the options: the client's default one (connection request timeout,
     * redirects off) with the connect timeout, response timeout and redirect flag of the options, as feign-hc5 builds
     * it. The connect timeout per request is deprecated in HttpClient 5 in favour of the pool's
     * {@code ConnectionConfig}, but still honoured; it applies the options as given.
     */
    @SuppressWarnings("deprecation")
    private RequestConfig requestConfig(Request.Options options) {
        Configured last = lastOptions;
        if (last != null && last.options() == options) {
            return last.config();
        }
        RequestConfig.Builder config = httpClient instanceof Configurable configurable
                        && configurable.getConfig() != null
                ? RequestConfig.copy(configurable.getConfig())
                : RequestConfig.custom();
        RequestConfig built = config
                .setConnectTimeout(options.connectTimeout(), options.connectTimeoutUnit())
                .setResponseTimeout(options.readTimeout(), options.readTimeoutUnit())
                .setRedirectsEnabled(options.isFollowRedirects())
                .build();
        lastOptions = new Configured(options, built);
        return built;
    }

    private static Response toFeignResponse(
            ClassicHttpResponse answer, HttpUriRequestBase outgoing, Request request) throws IOException {
        Header[] received = answer.getHeaders();
        // Feign copies these into its own case-insensitive map; this one only has to be cheap to walk.
        Map<String, Collection<String>> headers = new HashMap<>(received.length * 2);
        for (Header header : received) {
            headers.merge(header.getName(), List.of(header.getValue()), PooledApacheClient::concat);
        }
        HttpEntity entity = answer.getEntity();
        StreamingBody body = null;
        if (entity == null) {
            answer.close(); // no body: HttpClient has released the connection already; this is for good measure
        } else {
            body = new StreamingBody(answer, outgoing, entity);
        }
        return Response.builder()
                .protocolVersion(protocolVersion(answer.getVersion()))
                .status(answer.getCode())
                .reason(answer.getReasonPhrase())
                .headers(headers)
                .request(request)
                .body(body)
                .build();
    }

    private static Collection<String> concat(Collection<String> first, Collection<String> second) {
        List<String> all = new ArrayList<>(first.size() + second.size());
        all.addAll(first);
        all.addAll(second);
        return all;
    }

    private static Request.ProtocolVersion protocolVersion(ProtocolVersion version) {
        if (version == null) {
            return Request.ProtocolVersion.HTTP_1_1;
        }
        if (version.getMajor() == 2) {
            return Request.ProtocolVersion.HTTP_2;
        }
        return version.getMajor() == 1 && version.getMinor() == 0
                ? Request.ProtocolVersion.HTTP_1_0
                : Request.ProtocolVersion.HTTP_1_1;
    }

    /**
     * Closes the connection without draining it and takes it out of the pool, as transport-apache does for a body not
     * read to its end.
     */
    private static void discard(ClassicHttpResponse answer, HttpUriRequestBase outgoing) {
        if (answer instanceof CloseableHttpResponse closeable) {
            // IMMEDIATE skips the graceful close that would drain the body; it never throws.
            closeable.close(CloseMode.IMMEDIATE);
        } else {
            outgoing.cancel();
        }
    }

    /** Names the class only; the client holds nothing worth printing, and no secret. */
    @Override
    public String toString() {
        return "PooledApacheClient";
    }

    /** The endpoint of the previous call: the URL as Feign built it, parsed once. */
    private record Endpoint(String url, URI uri, HttpHost host) {}

    /** The request configuration built for the options of the previous call (compared by identity). */
    private record Configured(Request.Options options, RequestConfig config) {}

    /**
     * The body of an answer, streaming from the connection; it is its own {@link InputStream}, so an answer costs one
     * object for both. It counts what is read, so that {@link #close()} knows whether the body was read to its end
     * (hand the connection back) or not (discard it). Closing the stream closes the body.
     */
    private static final class StreamingBody extends InputStream implements Response.Body {

        private final ClassicHttpResponse answer;
        private final HttpUriRequestBase outgoing;
        private final HttpEntity entity;
        private final long contentLength;
        private InputStream content;
        private long bytesRead;
        private boolean endReached;
        private boolean failed;
        private boolean closed;

        StreamingBody(ClassicHttpResponse answer, HttpUriRequestBase outgoing, HttpEntity entity) {
            this.answer = answer;
            this.outgoing = outgoing;
            this.entity = entity;
            this.contentLength = entity.getContentLength();
        }

        @Override
        public Integer length() {
            return contentLength >= 0 && contentLength <= Integer.MAX_VALUE ? (int) contentLength : null;
        }

        @Override
        public boolean isRepeatable() {
            return false;
        }

        @Override
        public InputStream asInputStream() {
            return this;
        }

        @Override
        public Reader asReader(Charset charset) {
            return new InputStreamReader(this, Objects.requireNonNull(charset, "charset"));
        }

        @Override
        public int read() throws IOException {
            InputStream in = content();
            if (in == null) {
                return -1;
            }
            int read;
            try {
                read = in.read();
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
            if (read < 0) {
                endReached = true;
            } else {
                bytesRead++;
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            InputStream in = content();
            if (in == null) {
                return -1;
            }
            int read;
            try {
                read = in.read(buffer, offset, length);
            } catch (IOException | RuntimeException e) {
                failed = true;
                throw e;
            }
            if (read < 0) {
                endReached = true;
            } else {
                bytesRead += read;
            }
            return read;
        }

        @Override
        public int available() throws IOException {
            InputStream in = content();
            return in == null ? 0 : in.available();
        }

        private InputStream content() throws IOException {
            if (closed) {
                throw new IOException("the answer's body is closed");
            }
            if (content == null && !endReached) {
                content = entity.getContent();
                if (content == null) {
                    endReached = true;
                }
            }
            return content;
        }

        /** Hands the connection back if the body was read to its end, else discards it. Idempotent. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (readToEnd()) {
                try {
                    answer.close();
                } catch (IOException e) {
                    // the body is complete and stays valid; only the connection is lost
                    discard(answer, outgoing);
                }
            } else {
                discard(answer, outgoing);
            }
        }

        /**
         * Whether nothing of the body is left on the connection: its end was seen, or as many bytes as its
         * {@code Content-Length} were read. In the latter case one more read sees the end without touching the socket
         * (as in transport-apache), which lets HttpClient mark the connection reusable.
         */
        private boolean readToEnd() {
            if (failed) {
                return false;
            }
            if (!endReached && content != null && contentLength >= 0 && bytesRead >= contentLength) {
                try {
                    endReached = content.read() < 0;
                } catch (IOException e) {
                    return false;
                }
            }
            return endReached || contentLength == 0;
        }

        /** Describes the body without its content, which may hold a client secret. */
        @Override
        public String toString() {
            return "streamed body (" + (contentLength >= 0 ? contentLength + " bytes" : "length unknown") + ")";
        }
    }
}
