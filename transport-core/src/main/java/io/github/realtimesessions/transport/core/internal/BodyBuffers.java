package io.github.realtimesessions.transport.core.internal;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Reusable buffers for the bodies of 2xx answers up to {@value #BUFFER_BYTES} bytes, shared by every creator of the
 * JVM. A body lives from its read to the end of its decoding, a few microseconds on the calling or I/O thread; a new
 * array for each was most of what a call allocated beyond a hand-written HTTP call (the token answer is about
 * 1.2 KB). Jackson pools its own parse buffers for the same reason.
 *
 * <p>A fixed set of slots, not a thread-local: a virtual thread would get a buffer of its own on every call, and a
 * thread-local outlives the threads of a pool that stops using the library. When every slot is taken, {@link #take}
 * makes a new array and {@link #give} drops one that finds no free slot, so the pool never blocks and never holds
 * more than {@link #SLOTS} buffers ({@code SLOTS * BUFFER_BYTES} bytes in all). Thread-safe. Not API.
 */
final class BodyBuffers {

    /** The size of each buffer: answers up to it are read into a pooled one. */
    static final int BUFFER_BYTES = 16 * 1024;

    /** At most this many buffers are kept: enough for every core to be decoding at once, twice over. */
    static final int SLOTS = Integer.highestOneBit(Math.min(32, Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));

    private static final AtomicReferenceArray<byte[]> POOL = new AtomicReferenceArray<>(SLOTS);

    private BodyBuffers() {}

    /**
     * Takes a buffer of {@value #BUFFER_BYTES} bytes; its content is whatever the last user left in it.
     *
     * @return a buffer, pooled or new
     */
    static byte[] take() {
        int start = startSlot();
        for (int i = 0; i < SLOTS; i++) {
            int slot = (start + i) & (SLOTS - 1);
            byte[] buffer = POOL.get(slot);
            if (buffer != null && POOL.compareAndSet(slot, buffer, null)) {
                return buffer;
            }
        }
        return new byte[BUFFER_BYTES];
    }

    /**
     * Gives a buffer back; it must not be used after.
     *
     * @param buffer a buffer from {@link #take}
     */
    static void give(byte[] buffer) {
        if (buffer.length != BUFFER_BYTES) {
            return;
        }
        int start = startSlot();
        for (int i = 0; i < SLOTS; i++) {
            int slot = (start + i) & (SLOTS - 1);
            if (POOL.get(slot) == null && POOL.compareAndSet(slot, null, buffer)) {
                return;
            }
        }
    }

    /** Threads start at different slots, so that concurrent callers rarely race for one. */
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; getId() is the same number
    private static int startSlot() {
        return (int) Thread.currentThread().getId() & (SLOTS - 1);
    }

    /**
     * Counts the buffers in the pool now; for tests.
     *
     * @return how many slots hold a buffer
     */
    static int pooledCount() {
        int count = 0;
        for (int i = 0; i < SLOTS; i++) {
            if (POOL.get(i) != null) {
                count++;
            }
        }
        return count;
    }
}
