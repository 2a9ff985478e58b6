package io.github.realtimesessions.transport.feign.internal;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.charset.Charset;
import org.apache.hc.core5.http.io.EofSensorInputStream;

/**
 * Wraps every body a Feign client returns, whoever's client it is: reads at most the library's cap plus one byte (so
 * that neither the library nor a Feign logger at {@code HEADERS} or {@code FULL}, which buffers whole bodies, can be
 * made to read more), and on close either hands the connection back (the body was read to its end) or aborts it
 * without draining. Aborting knows HttpClient 5 streams (the library's default client, and feign-hc5's
 * {@code ApacheHttp5Client}, whose own close drains): other clients are closed, which bounds their draining themselves
 * (the JDK's and OkHttp's do). Not API.
 */
final class CappedBody implements Response.Body, AbortableBody {

    private final Response.Body delegate;
    private final int limit;
    private InputStream stream;
    private int read;
    private boolean endOfBody;
    private volatile boolean closed;

    CappedBody(Response.Body delegate, int limit) {
        this.delegate = delegate;
        this.limit = limit;
    }

    /**
     * Caps a client's body by the exchange's limit and makes it the exchange's abort hook.
     *
     * @param body the client's body
     * @param exchange the exchange
     * @return the capped body
     */
    static CappedBody guard(Response.Body body, io.github.realtimesessions.transport.core.RawRequest exchange) {
        CappedBody capped = new CappedBody(body, exchange.maxResponseBytes() + 1);
        exchange.onAbort(capped::abort);
        return capped;
    }

    @Override
    public Integer length() {
        return delegate.length();
    }

    @Override
    public boolean isRepeatable() {
        return false;
    }

    @Override
    public synchronized InputStream asInputStream() throws IOException {
        if (stream == null) {
            stream = new Capped(delegate.asInputStream());
        }
        return stream;
    }

    @Override
    public Reader asReader(Charset charset) throws IOException {
        return new InputStreamReader(asInputStream(), charset);
    }

    /** Hands the connection back when the body was read to its end; aborts it otherwise. */
    @Override
    public void close() {
        if (endOfBody || delegate.length() != null && delegate.length() == 0) {
            closeQuietly();
        } else {
            abort();
        }
    }

    @Override
    public void abort() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (delegate instanceof AbortableBody abortable) {
            abortable.abort();
            return;
        }
        InputStream underlying = ((Capped) stream()).in;
        if (underlying instanceof EofSensorInputStream sensor) {
            try {
                sensor.abort();
                return;
            } catch (IOException e) {
                // Fall through to a plain close.
            }
        }
        // Another client's stream may hold its lock while a read blocks (HttpURLConnection's does), so its close can
        // wait for that read to return: that wait must not hold up the thread that aborts (the library's watchdog,
        // which ends every other exchange's deadline too). The reader stops at its next read anyway (see Capped).
        Thread closer = new Thread(() -> {
            try {
                delegate.close();
            } catch (IOException | RuntimeException e) {
                // Nothing left to do: the connection is lost either way.
            }
        }, "realtime-sessions-feign-abort");
        closer.setDaemon(true);
        closer.start();
    }

    private InputStream stream() {
        try {
            return asInputStream();
        } catch (IOException e) {
            return new Capped(InputStream.nullInputStream());
        }
    }

    private void closeQuietly() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            delegate.close();
        } catch (IOException | RuntimeException e) {
            // The body was complete; only the connection's reuse is lost.
        }
    }

    /** Stops after the limit; notes when the underlying body ended. */
    private final class Capped extends InputStream {

        final InputStream in;

        Capped(InputStream in) {
            this.in = in == null ? InputStream.nullInputStream() : in;
        }

        @Override
        public int read() throws IOException {
            if (read >= limit) {
                return -1;
            }
            ensureNotAborted();
            int b = in.read();
            ensureNotAborted();
            if (b < 0) {
                endOfBody = true;
            } else {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (read >= limit) {
                return -1;
            }
            ensureNotAborted();
            int n = in.read(buffer, offset, Math.min(length, limit - read));
            ensureNotAborted();
            if (n < 0) {
                endOfBody = true;
            } else {
                read += n;
            }
            return n;
        }

        @Override
        public void close() {
            CappedBody.this.close();
        }

        /**
         * Ends a read of a body that was aborted, or closed, meanwhile: a body trickled a byte at a time keeps a read
         * returning, so the reader stops at the next byte instead of when the server is done.
         */
        private void ensureNotAborted() throws IOException {
            if (closed && !endOfBody) {
                throw new InterruptedIOException("the exchange was aborted");
            }
        }
    }
}
