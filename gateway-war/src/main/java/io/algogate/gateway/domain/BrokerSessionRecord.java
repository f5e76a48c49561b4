package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A user's session with their broker (D1: one per installation). It ends at the daily cut-off or when
 * revoked; until a new one is established, the user's API key gets "Broker session expired".
 */
@Entity
@Table(name = "broker_sessions")
public class BrokerSessionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, unique = true)
    private Long userId;

    @Column(name = "broker_id", nullable = false, length = 32)
    private String brokerId;

    @Column(name = "established_at", nullable = false)
    private Instant establishedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected BrokerSessionRecord() {
    }

    public BrokerSessionRecord(Long userId, String brokerId) {
        this.userId = userId;
        this.brokerId = brokerId;
    }

    /** Starts (or restarts) the session; {@code expiresAt} null means it never expires by the clock. */
    public void establish(String broker, Instant now, Instant expiry) {
        this.brokerId = broker;
        this.establishedAt = now;
        this.expiresAt = expiry;
        this.revokedAt = null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isLive(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public Long getUserId() {
        return userId;
    }

    public String getBrokerId() {
        return brokerId;
    }

    public Instant getEstablishedAt() {
        return establishedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
