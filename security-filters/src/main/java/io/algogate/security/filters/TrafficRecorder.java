package io.algogate.security.filters;

/**
 * Port: takes a request's traffic record. It must return at once: the request never waits on the
 * traffic log's database (the implementation queues and writes in batches, dropping rather than
 * blocking when it falls behind).
 */
@FunctionalInterface
public interface TrafficRecorder {

    void record(TrafficRecord record);
}
