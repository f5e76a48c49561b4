package io.algogate.security.filters;

/** Port: counts 404s of unauthenticated clients; the implementation bans past its threshold. */
@FunctionalInterface
public interface ScanTracker {

    void recordNotFound(String clientKey, String path);
}
