package io.algogate.gateway.application;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A bounded queue that never makes its producer wait: when full, an offer drops the oldest element
 * and counts the drop. For records whose loss under overload is better than slowing the request that
 * made them (the traffic log); never for what must be kept (the audit trail, orders).
 */
public final class DropOldestQueue<T> {

    private final int capacity;
    private final ArrayDeque<T> elements;
    private long dropped;

    public DropOldestQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.elements = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    public synchronized void offer(T element) {
        if (elements.size() == capacity) {
            elements.pollFirst();
            dropped++;
        }
        elements.addLast(element);
    }

    /** Moves up to {@code max} of the oldest elements into {@code sink}; returns how many. */
    public synchronized int drainTo(List<? super T> sink, int max) {
        int moved = 0;
        while (moved < max && !elements.isEmpty()) {
            sink.add(elements.pollFirst());
            moved++;
        }
        return moved;
    }

    public int capacity() {
        return capacity;
    }

    public synchronized int size() {
        return elements.size();
    }

    /** Elements dropped to make room since the queue was made. */
    public synchronized long dropped() {
        return dropped;
    }
}
