package io.algogate.security.filters;

import java.util.Optional;

/**
 * Port: counts each finished request for the metrics, by status and by the layer that refused it
 * (empty when no filter did). Called on the request thread, so it must only count, never block.
 */
@FunctionalInterface
public interface RequestMetrics {

    RequestMetrics NONE = (path, status, millis, refusedBy) -> { };

    void completed(String path, int status, long millis, Optional<FilterSlot> refusedBy);
}
