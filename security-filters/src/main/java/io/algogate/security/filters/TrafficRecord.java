package io.algogate.security.filters;

/**
 * One request as the traffic log keeps it: the resolved client address, method, path without its
 * query (a query may carry a key), the status the client got, the time taken, the authenticated user
 * (an API key's or a dashboard session's, else null) and, when the request failed with an exception,
 * its class name (never its message, which may quote input).
 */
public record TrafficRecord(String clientIp, String method, String path, int status, long durationMillis,
        Long userId, String error) {
}
