package io.github.realtimesessions.port.spi;

/**
 * Hears about one call: each attempt as it ends, and the call's end. Called on the thread that finished the attempt
 * (the caller's for a blocking call, an I/O or scheduler thread for an asynchronous one), never concurrently for one
 * call.
 */
public interface RequestObserver {

    /** An observer that hears nothing. */
    RequestObserver NONE = new RequestObserver() {};

    /**
     * Called when an attempt ended, successfully or not.
     *
     * @param attempt what happened
     */
    default void attemptFinished(AttemptInfo attempt) {}

    /**
     * Called once when the call ended, successfully or not.
     *
     * @param result what happened
     */
    default void requestFinished(RequestResult result) {}
}
