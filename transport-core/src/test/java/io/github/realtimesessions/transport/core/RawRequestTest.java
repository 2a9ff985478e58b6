package io.github.realtimesessions.transport.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The request a transport sends, and how it is aborted: the action runs once, whenever it is registered. */
class RawRequestTest {

    private static RawRequest request() {
        return RawRequest.builder("POST", URI.create("https://api.openai.com/v1/realtime/client_secrets"))
                .headers(HttpHeaders.builder().add("Authorization", "Bearer sk-secret").build())
                .body(new byte[] {'{', '}'})
                .build();
    }

    @Test
    void theBuilderKeepsWhatItWasGivenAndHasDefaults() {
        byte[] body = {1, 2, 3};
        RawRequest request = RawRequest.builder("POST", URI.create("https://h/p")).body(body)
                .connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(2)).maxResponseBytes(1024)
                .build();
        RawRequest defaults = RawRequest.builder("GET", URI.create("https://h/")).build();

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).isEqualTo(URI.create("https://h/p"));
        assertThat(request.body()).isSameAs(body);
        assertThat(request.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(request.readTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(request.maxResponseBytes()).isEqualTo(1024);
        assertThat(defaults.body()).isEmpty();
        assertThat(defaults.headers().size()).isZero();
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.maxResponseBytes()).isEqualTo(4 * 1024 * 1024);
        assertThat(defaults.isAborted()).isFalse();
    }

    @Test
    void toStringNeverShowsAHeaderValue() {
        assertThat(request().toString()).isEqualTo("RawRequest[POST https://api.openai.com/v1/realtime/client_secrets,"
                + " headers=[Authorization], body=2 bytes]").doesNotContain("sk-secret");
    }

    @Test
    void theActionRunsOnceOnAbort() {
        RawRequest request = request();
        AtomicInteger runs = new AtomicInteger();
        request.onAbort(runs::incrementAndGet);

        request.abort();
        request.abort();

        assertThat(runs).hasValue(1);
        assertThat(request.isAborted()).isTrue();
    }

    @Test
    void anActionRegisteredAfterTheAbortRunsAtOnceOnTheCallingThread() {
        RawRequest request = request();
        request.abort();
        List<Thread> ranOn = new ArrayList<>();

        request.onAbort(() -> ranOn.add(Thread.currentThread()));

        assertThat(ranOn).containsExactly(Thread.currentThread());
    }

    @Test
    void aLaterRegistrationReplacesAnEarlierOne() {
        RawRequest request = request();
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();
        request.onAbort(first::incrementAndGet);
        request.onAbort(second::incrementAndGet);

        request.abort();

        assertThat(first).hasValue(0);
        assertThat(second).hasValue(1);
    }

    @Test
    void anActionThatThrowsDoesNotEscape() {
        RawRequest request = request();
        request.onAbort(() -> {
            throw new IllegalStateException("already closed");
        });

        request.abort();

        assertThat(request.isAborted()).isTrue();
    }

    @Test
    void nothingRunsWithoutAnAbort() {
        RawRequest request = request();
        AtomicInteger runs = new AtomicInteger();

        request.onAbort(runs::incrementAndGet);

        assertThat(runs).hasValue(0);
        assertThatThrownBy(() -> request.onAbort(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anAbortRacingARegistrationRunsTheActionExactlyOnce() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 500; round++) {
                RawRequest request = request();
                AtomicInteger runs = new AtomicInteger();
                CountDownLatch go = new CountDownLatch(1);
                CountDownLatch done = new CountDownLatch(2);
                pool.execute(() -> {
                    await(go);
                    request.onAbort(runs::incrementAndGet);
                    done.countDown();
                });
                pool.execute(() -> {
                    await(go);
                    request.abort();
                    done.countDown();
                });
                go.countDown();
                assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();

                assertThat(runs).as("round %d", round).hasValue(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
