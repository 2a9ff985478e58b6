package io.github.realtimesessions.transport.feign.internal;

import feign.Request;
import io.github.realtimesessions.transport.core.RawRequest;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Feign's per-request options, carrying the exchange through Feign to the client: its timeouts, its body cap and its
 * abort hook. Feign passes an options argument on to the {@code feign.Client} untouched. Not API.
 */
public final class ExchangeOptions extends Request.Options {

    private final RawRequest request;

    /**
     * Creates the options of an exchange.
     *
     * @param request the exchange
     */
    public ExchangeOptions(RawRequest request) {
        super(millis(request.connectTimeout()), TimeUnit.MILLISECONDS, millis(request.readTimeout()),
                TimeUnit.MILLISECONDS, false);
        this.request = request;
    }

    /**
     * Returns the exchange.
     *
     * @return the request
     */
    public RawRequest request() {
        return request;
    }

    /** Feign's options are int milliseconds, and {@code 0} would mean "wait forever": clamp into 1..MAX_VALUE. */
    static long millis(Duration timeout) {
        long millis;
        try {
            millis = timeout.toMillis();
        } catch (ArithmeticException e) {
            millis = Integer.MAX_VALUE;
        }
        return Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }
}
