package io.github.realtimesessions.transport.feign;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.realtimesessions.transport.core.RequestHeaders;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Applies transport-core's {@link RequestHeaders}, computed once per creator, to every request: {@code Content-Type},
 * {@code Accept}, {@code User-Agent}, {@code OpenAI-Organization}, {@code OpenAI-Project} and the extra headers. It
 * runs after the user's interceptors and replaces what they set under these names, so the library's headers are the
 * ones sent. Values are set as literals: a brace in a header value is not a Feign template expression.
 *
 * <p>{@code Authorization} is left out on purpose: {@link AuthorizingClient} adds it just before sending, where
 * Feign's {@link feign.Logger} (which logs the request before it reaches the client) cannot print it.
 */
final class LibraryHeadersInterceptor implements RequestInterceptor {

    private final List<RequestHeaders.Header> headers;

    LibraryHeadersInterceptor(RequestHeaders headers) {
        this.headers = headers.all().stream()
                .filter(header -> !AuthorizingClient.AUTHORIZATION.equalsIgnoreCase(header.name()))
                .collect(Collectors.toUnmodifiableList());
    }

    @Override
    public void apply(RequestTemplate template) {
        for (RequestHeaders.Header header : headers) {
            template.removeHeader(header.name());
            template.headerLiteral(header.name(), header.value());
        }
    }

    @Override
    public String toString() {
        return "LibraryHeadersInterceptor" + headers;
    }
}
