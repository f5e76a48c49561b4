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

    /** The user's id at the broker, as its login reported it; empty for the sandbox. */
    @Column(name = "broker_user_id", length = 64)
    private String brokerUserId;

    /** The broker's access token, encrypted by the gateway's secret cipher (D13); null without one. */
    @Column(name = "access_token_encrypted", length = 4000)
    private String accessTokenEncrypted;

    protected BrokerSessionRecord() {
    }

    public BrokerSessionRecord(Long userId, String brokerId) {
        this.userId = userId;
        this.brokerId = brokerId;
    }

    /**
     * Starts (or restarts) a session that needs no broker token (the sandbox); {@code expiresAt} null
     * means it never expires by the clock.
     */
    public void establish(String broker, Instant now, Instant expiry) {
        establish(broker, now, expiry, null, null);
    }

    /** Starts (or restarts) a session a broker login opened, with its encrypted access token. */
    public void establish(String broker, Instant now, Instant expiry, String userAtBroker, String encryptedToken) {
        this.brokerId = broker;
        this.establishedAt = now;
        this.expiresAt = expiry;
        this.revokedAt = null;
        this.brokerUserId = userAtBroker;
        this.accessTokenEncrypted = encryptedToken;
    }

    /** Ends the session and forgets its token: a revoked session's token has no further use here. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
        accessTokenEncrypted = null;
    }

    /** After a key rotation: the same token under the current key. */
    public void replaceEncryptedToken(String reencrypted) {
        this.accessTokenEncrypted = reencrypted;
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

    public String getBrokerUserId() {
        return brokerUserId;
    }

    public String getAccessTokenEncrypted() {
        return accessTokenEncrypted;
    }
}
