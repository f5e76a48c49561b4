package io.algogate.gateway.application;

import java.time.Instant;

/** A ban as the admin view shows it; {@code expiresAt} is null for a permanent ban. */
public record BanView(String clientKey, String reason, int banCount, Instant bannedAt, Instant expiresAt,
        boolean permanent, String source, boolean active) {
}
