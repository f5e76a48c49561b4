package io.algogate.gateway.application;

import java.time.Instant;

/**
 * One signed-in device as the dashboard may show it. {@code reference} is a short digest of the session
 * id, never the id itself: the id is a bearer secret and must not appear in a page.
 */
public record ActiveSessionView(String reference, String device, String clientIp, Instant loginAt,
        Instant lastSeenAt) {
}
