package io.github.realtimesessions.transport.core.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.realtimesessions.transport.core.HttpHeaders;
import io.github.realtimesessions.transport.core.RawResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link RawResponse} as a transport hands it over, counting how its connection ends: {@link #releases()} and
 * {@link #aborts()} (exactly one of them must be 1 once the library is done) and how many body bytes were read.
 */
final class FakeResponse implements RawResponse {

    private final int status;
    private final HttpHeaders headers;
    private final InputStream body;
    private final AtomicInteger releases = new AtomicInteger();
    private final AtomicInteger aborts = new AtomicInteger();
    private final AtomicLong bytesRead = new AtomicLong();

    FakeResponse(int status, HttpHeaders headers, InputStream body) {
        this.status = status;
        this.headers = headers;
        this.body = new Counting(body);
    }

    /** An answer with a body and headers given as name, value pairs. */
    static FakeResponse of(int status, byte[] body, String... headers) {
        return new FakeResponse(status, headers(headers), new ByteArrayInputStream(body));
    }

    /** An answer with a text body. */
    static FakeResponse of(int status, String body, String... headers) {
        return of(status, body.getBytes(UTF_8), headers);
    }

    /** An answer with a body and a matching {@code Content-Length}. */
    static FakeResponse framed(int status, String body, String... headers) {
        byte[] bytes = body.getBytes(UTF_8);
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Length";
        all[1] = Integer.toString(bytes.length);
        System.arraycopy(headers, 0, all, 2, headers.length);
        return of(status, bytes, all);
    }

    /** A JSON answer as the API sends it. */
    static FakeResponse json(int status, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return framed(status, body, all);
    }

    static HttpHeaders headers(String... pairs) {
        HttpHeaders.Builder builder = HttpHeaders.builder();
        for (int i = 0; i < pairs.length; i += 2) {
            builder.add(pairs[i], pairs[i + 1]);
        }
        return builder.build();
    }

    /** A body that never ends: it gives {@code filler} forever. */
    static InputStream endless(byte filler) {
        return new InputStream() {
            @Override
            public int read() {
                return filler;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, filler);
                return len;
            }
        };
    }

    /** A body that must not be read at all. */
    static InputStream untouchable() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };
    }

    /** A body that gives some bytes and then fails, as a reset connection does. */
    static InputStream failingAfter(byte[] first, IOException failure) {
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position < first.length) {
                    return first[position++] & 0xff;
                }
                throw failure;
            }
        };
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public HttpHeaders headers() {
        return headers;
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public void release() {
        releases.incrementAndGet();
    }

    @Override
    public void abort() {
        aborts.incrementAndGet();
    }

    int releases() {
        return releases.get();
    }

    int aborts() {
        return aborts.get();
    }

    long bytesRead() {
        return bytesRead.get();
    }

    /** Whether the connection ended exactly once, by release. */
    boolean releasedOnce() {
        return releases.get() == 1 && aborts.get() == 0;
    }

    /** Whether the connection ended exactly once, by abort. */
    boolean abortedOnce() {
        return aborts.get() == 1 && releases.get() == 0;
    }

    private final class Counting extends InputStream {
        private final InputStream in;

        Counting(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                bytesRead.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                bytesRead.addAndGet(n);
            }
            return n;
        }
    }

    @Override
    public String toString() {
        return "FakeResponse[" + status + ", releases=" + releases + ", aborts=" + aborts + "]";
    }
}
