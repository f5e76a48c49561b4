package io.algogate.gateway.interfaces.stream;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One client's outbound messages: a bounded queue drained by asynchronous sends, one in flight at a
 * time (a WebSocket session allows no more). {@link #offer} never blocks, so the broker's tick thread
 * that fans a tick out to thousands of clients is never held up by one of them. A client that falls
 * {@code capacity} messages behind is closed with {@link #SLOW_CLIENT} and a reason, instead of
 * growing memory or slowing the others; its later messages are dropped.
 */
final class OutboundQueue {

    /** Private-use close code: the client read too slowly. OpenAlgo's 4401 is auth, so 4xxx fits. */
    static final int SLOW_CLIENT = 4008;
    static final String SLOW_CLIENT_REASON = "Client too slow: outbound queue full";

    /** How messages leave: an asynchronous send, and a close that must not block either. */
    interface Transport {
        /** Sends the text; {@code whenDone} gets null after success or the failure. */
        void sendAsync(String text, Consumer<Throwable> whenDone);

        void close(int code, String reason);
    }

    private final Transport transport;
    private final int capacity;
    private final Queue<String> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waitingCount = new AtomicInteger();
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    OutboundQueue(Transport transport, int capacity) {
        this.transport = Objects.requireNonNull(transport, "transport");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    /**
     * Queues the message and starts a send if none is in flight.
     *
     * @return false when the message was dropped: the queue is closed, or was full and is closed now
     */
    boolean offer(String message) {
        if (closed.get()) {
            return false;
        }
        if (waitingCount.incrementAndGet() > capacity) {
            waitingCount.decrementAndGet();
            close(SLOW_CLIENT, SLOW_CLIENT_REASON);
            return false;
        }
        waiting.add(message);
        drain();
        return true;
    }

    /** Closes the socket once; later offers are dropped. */
    void close(int code, String reason) {
        if (closed.compareAndSet(false, true)) {
            waiting.clear();
            transport.close(code, reason);
        }
    }

    /** Marks the queue closed when the socket closed from the other side. */
    void closedByPeer() {
        closed.set(true);
        waiting.clear();
    }

    boolean isClosed() {
        return closed.get();
    }

    int waiting() {
        return waitingCount.get();
    }

    private void drain() {
        // Whoever wins the flag sends the next message; the send's completion lets the next one go.
        while (!closed.get() && sending.compareAndSet(false, true)) {
            String next = waiting.poll();
            if (next == null) {
                sending.set(false);
                if (waiting.isEmpty()) {
                    return;
                }
                continue;
            }
            waitingCount.decrementAndGet();
            transport.sendAsync(next, this::sent);
            return;
        }
    }

    private void sent(Throwable failure) {
        sending.set(false);
        if (failure != null) {
            closedByPeer();
            return;
        }
        drain();
    }
}
