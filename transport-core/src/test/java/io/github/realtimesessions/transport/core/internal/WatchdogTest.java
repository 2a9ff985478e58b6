package io.github.realtimesessions.transport.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.realtimesessions.transport.core.RawRequest;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The watchdog aborts exchanges past their deadline or of an interrupted caller, on its clock, through abort(). */
class WatchdogTest {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Watchdog watchdog = new Watchdog(scheduler, now::get);

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private static RawRequest request(CountDownLatch aborted) {
        RawRequest request = RawRequest.builder("POST", URI.create("https://h/p")).build();
        request.onAbort(aborted::countDown);
        return request;
    }

    @Test
    void anExchangePastItsDeadlineOnTheWatchdogsClockIsAborted() throws InterruptedException {
        CountDownLatch aborted = new CountDownLatch(1);
        RawRequest request = request(aborted);
        Watchdog.Watch watch = watchdog.watch(request, now.get() + TimeUnit.SECONDS.toNanos(30), null);

        assertThat(aborted.await(3 * Watchdog.SCAN_PERIOD_MILLIS, TimeUnit.MILLISECONDS))
                .as("30 s left on the watchdog's clock").isFalse();
        now.addAndGet(TimeUnit.SECONDS.toNanos(30));

        assertThat(aborted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.reason()).isEqualTo(Watchdog.Reason.DEADLINE);
        assertThat(request.isAborted()).isTrue();
        watch.close();
    }

    @Test
    void anInterruptedCallersExchangeIsAborted() throws InterruptedException {
        CountDownLatch aborted = new CountDownLatch(1);
        Thread caller = new Thread(() -> { });
        caller.interrupt();
        Watchdog.Watch watch = watchdog.watch(request(aborted), Long.MAX_VALUE, caller);

        assertThat(aborted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(watch.reason()).isEqualTo(Watchdog.Reason.INTERRUPTED);
    }

    @Test
    void theFirstReasonWinsAndAbortAllReachesEveryExchange() {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        Watchdog.Watch a = watchdog.watch(request(first), Long.MAX_VALUE, null);
        Watchdog.Watch b = watchdog.watch(request(second), Long.MAX_VALUE, null);
        a.fire(Watchdog.Reason.CANCELLED);

        watchdog.abortAll(Watchdog.Reason.CLOSED);

        assertThat(a.reason()).isEqualTo(Watchdog.Reason.CANCELLED);
        assertThat(b.reason()).isEqualTo(Watchdog.Reason.CLOSED);
        assertThat(first.getCount()).isZero();
        assertThat(second.getCount()).isZero();
    }

    @Test
    void aClosedWatchIsNoLongerAborted() throws InterruptedException {
        CountDownLatch aborted = new CountDownLatch(1);
        Watchdog.Watch watch = watchdog.watch(request(aborted), now.get() + 1, null);
        watch.close();
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));

        watchdog.abortAll(Watchdog.Reason.CLOSED);

        assertThat(aborted.await(3 * Watchdog.SCAN_PERIOD_MILLIS, TimeUnit.MILLISECONDS)).isFalse();
        assertThat(watch.reason()).isNull();
    }

    @Test
    void aShutDownSchedulerIsNoFailure() {
        scheduler.shutdownNow();
        CountDownLatch aborted = new CountDownLatch(1);

        Watchdog.Watch watch = watchdog.watch(request(aborted), Long.MAX_VALUE, null);
        watchdog.abortAll(Watchdog.Reason.CLOSED);

        assertThat(watch.reason()).isEqualTo(Watchdog.Reason.CLOSED);
    }

    @Test
    void exchangesBeyondTheSlotsAreWatchedAndReleasedToo() throws InterruptedException {
        int count = Watchdog.SLOTS + 40;
        CountDownLatch expired = new CountDownLatch(count / 2);
        CountDownLatch untouched = new CountDownLatch(count - count / 2);
        java.util.List<Watchdog.Watch> closed = new java.util.ArrayList<>();
        java.util.List<Watchdog.Watch> open = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Every other one is closed at once, so that slots and the overflow both hold closed and open watches.
            boolean close = i % 2 == 1;
            Watchdog.Watch watch = watchdog.watch(request(close ? untouched : expired), now.get() + 1, null);
            (close ? closed : open).add(watch);
            if (close) {
                watch.close();
                watch.close(); // twice: must not clear a slot another watch took since
            }
        }
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));

        assertThat(expired.await(5, TimeUnit.SECONDS)).as("every open watch expired").isTrue();
        assertThat(open).allSatisfy(watch -> assertThat(watch.reason()).isEqualTo(Watchdog.Reason.DEADLINE));
        assertThat(untouched.getCount()).as("no closed watch aborted").isEqualTo(count - count / 2);
        assertThat(closed).allSatisfy(watch -> assertThat(watch.reason()).isNull());
    }

    @Test
    void aSlotClosedTwiceStaysWithTheWatchThatTookItSince() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        Watchdog.Watch reused = watchdog.watch(request(first), Long.MAX_VALUE, null);
        reused.close();
        CountDownLatch second = new CountDownLatch(1);
        Watchdog.Watch successor = watchdog.watch(request(second), now.get() + 1, null); // the same thread: same slot
        reused.close();
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));

        assertThat(second.await(5, TimeUnit.SECONDS)).as("the successor is still watched").isTrue();
        assertThat(successor.reason()).isEqualTo(Watchdog.Reason.DEADLINE);
        assertThat(reused.reason()).isNull();
    }

    @Test
    void theScanStopsWhenNothingIsWatchedAndStartsAgainForTheNextExchange() throws InterruptedException {
        Watchdog.Watch watch = watchdog.watch(request(new CountDownLatch(1)), Long.MAX_VALUE, null);
        watch.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (scheduler.getQueue().size() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(Watchdog.SCAN_PERIOD_MILLIS);
        }
        assertThat(scheduler.getQueue()).as("no scan scheduled while idle").isEmpty();

        CountDownLatch aborted = new CountDownLatch(1);
        Watchdog.Watch next = watchdog.watch(request(aborted), now.get() + 1, null);
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));

        assertThat(aborted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(next.reason()).isEqualTo(Watchdog.Reason.DEADLINE);
    }
}
