package io.github.realtimesessions.port.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.realtimesessions.port.Endpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestListenerTest {

    private static final RequestStart START = new RequestStart(Endpoint.CALLS, "test", false);
    private static final AttemptInfo ATTEMPT =
            new AttemptInfo(Endpoint.CALLS, "test", 1, 201, Outcome.SUCCESS, Duration.ofMillis(12), "req_1", null);
    private static final RequestResult RESULT =
            new RequestResult(Endpoint.CALLS, "test", 1, 201, Outcome.SUCCESS, Duration.ofMillis(12), "req_1", null);

    /** Writes every event it hears into a shared journal, under its name. */
    private static RequestListener recording(String name, List<String> journal) {
        return start -> {
            journal.add(name + " started " + start.endpoint().tag());
            return new RequestObserver() {
                @Override
                public void attemptFinished(AttemptInfo attempt) {
                    journal.add(name + " attempt " + attempt.attempt());
                }

                @Override
                public void requestFinished(RequestResult result) {
                    journal.add(name + " finished " + result.outcome());
                }
            };
        };
    }

    @Test
    void noneHearsNothing() {
        RequestObserver observer = RequestListener.NONE.requestStarted(START);

        assertThat(observer).isSameAs(RequestObserver.NONE);
        assertThatCode(() -> {
                    observer.attemptFinished(ATTEMPT);
                    observer.requestFinished(RESULT);
                })
                .doesNotThrowAnyException();
    }

    @Test
    void aCompositeTellsEveryListenerInOrder() {
        List<String> journal = new ArrayList<>();
        RequestListener composite = RequestListener.composite(
                List.of(recording("first", journal), recording("second", journal), recording("third", journal)));

        RequestObserver observer = composite.requestStarted(START);
        observer.attemptFinished(ATTEMPT);
        observer.requestFinished(RESULT);

        assertThat(journal)
                .containsExactly(
                        "first started calls",
                        "second started calls",
                        "third started calls",
                        "first attempt 1",
                        "second attempt 1",
                        "third attempt 1",
                        "first finished SUCCESS",
                        "second finished SUCCESS",
                        "third finished SUCCESS");
    }

    @Test
    void eachCallGetsItsOwnObservers() {
        List<String> journal = new ArrayList<>();
        RequestListener composite =
                RequestListener.composite(List.of(recording("a", journal), recording("b", journal)));

        RequestObserver one = composite.requestStarted(START);
        RequestObserver two = composite.requestStarted(new RequestStart(Endpoint.HANGUP, "test", true));

        assertThat(one).isNotSameAs(two);
        assertThat(journal).containsExactly("a started calls", "b started calls", "a started hangup", "b started hangup");
    }

    @Test
    void anEmptyCompositeIsNoneAndASingleListenerIsItself() {
        RequestListener only = recording("only", new ArrayList<>());

        assertThat(RequestListener.composite(List.of())).isSameAs(RequestListener.NONE);
        assertThat(RequestListener.composite(List.of(only))).isSameAs(only);
    }

    @Test
    void theCompositeKeepsItsOwnCopyOfTheList() {
        List<String> journal = new ArrayList<>();
        List<RequestListener> listeners = new ArrayList<>(List.of(recording("a", journal), recording("b", journal)));
        RequestListener composite = RequestListener.composite(listeners);

        listeners.add(recording("late", journal));
        composite.requestStarted(START);

        assertThat(journal).containsExactly("a started calls", "b started calls");
    }

    @Test
    void nullListenersAreRefused() {
        assertThatNullPointerException().isThrownBy(() -> RequestListener.composite(null));
        assertThatNullPointerException()
                .isThrownBy(() -> RequestListener.composite(Arrays.asList(RequestListener.NONE, null)));
    }

    @Test
    void aThrowingListenerDoesNotKeepTheOthersFromHearingAnEvent() {
        List<String> journal = new ArrayList<>();
        RequestListener broken = start -> new RequestObserver() {
            @Override
            public void attemptFinished(AttemptInfo attempt) {
                throw new IllegalStateException("broken attempt");
            }

            @Override
            public void requestFinished(RequestResult result) {
                throw new IllegalStateException("broken finish");
            }
        };
        RequestListener failingAtStart = start -> {
            throw new IllegalStateException("broken start");
        };
        RequestObserver observer = RequestListener.composite(List.of(broken, recording("after", journal)))
                .requestStarted(START);

        assertThatThrownBy(() -> observer.attemptFinished(ATTEMPT)).hasMessage("broken attempt");
        assertThatThrownBy(() -> observer.requestFinished(RESULT)).hasMessage("broken finish");
        assertThatThrownBy(() -> RequestListener.composite(List.of(failingAtStart, recording("late", journal)))
                        .requestStarted(START))
                .hasMessage("broken start");
        assertThat(journal).containsExactly(
                "after started calls", "after attempt 1", "after finished SUCCESS", "late started calls");
    }
}
