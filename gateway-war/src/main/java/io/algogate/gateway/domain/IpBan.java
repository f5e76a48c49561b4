package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/**
 * A ban of one client key, kept in the logs database (D10). The row outlives the ban (it expires or is
 * lifted, never deleted) so that {@code banCount} can escalate a repeat offender to a permanent ban.
 */
@Entity
@Table(name = "ip_bans")
public class IpBan implements ClientKeyed {

    public static final String SOURCE_SYSTEM = "system";
    public static final String SOURCE_MANUAL = "manual";
    public static final String SOURCE_NOT_FOUND_DETECTOR = "404_detector";
    public static final String SOURCE_API_KEY_DETECTOR = "api_key_detector";
    public static final Set<String> SOURCES =
            Set.of(SOURCE_SYSTEM, SOURCE_MANUAL, SOURCE_NOT_FOUND_DETECTOR, SOURCE_API_KEY_DETECTOR);
    public static final int MAX_REASON_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_key", nullable = false, unique = true, length = MAX_CLIENT_KEY_LENGTH)
    private String clientKey;

    @Column(name = "reason", nullable = false, length = MAX_REASON_LENGTH)
    private String reason;

    @Column(name = "ban_count", nullable = false)
    private int banCount;

    @Column(name = "banned_at", nullable = false)
    private Instant bannedAt;

    /** Null while the ban is permanent. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "source", nullable = false, length = 32)
    private String source;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    protected IpBan() {
    }

    /** A first ban; {@code expiresAt} null makes it permanent. */
    public IpBan(String clientKey, String reason, String source, Instant bannedAt, Instant expiresAt) {
        this.clientKey = clientKey;
        this.banCount = 1;
        apply(reason, source, bannedAt, expiresAt);
    }

    /** Bans the client again: one more offence on the count, and any earlier lifting forgotten. */
    public void renew(String newReason, String newSource, Instant newBannedAt, Instant newExpiresAt) {
        banCount++;
        apply(newReason, newSource, newBannedAt, newExpiresAt);
    }

    /** Ends the ban now. The row stays, so the count of offences survives. */
    public void lift(Instant at) {
        liftedAt = at;
        expiresAt = at;
    }

    public boolean isActiveAt(Instant now) {
        return liftedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** Permanent until lifted (lifting sets an expiry, so a lifted ban is not permanent). */
    public boolean isPermanent() {
        return expiresAt == null;
    }

    private void apply(String newReason, String newSource, Instant newBannedAt, Instant newExpiresAt) {
        this.reason = newReason;
        this.source = newSource;
        this.bannedAt = newBannedAt;
        this.expiresAt = newExpiresAt;
        this.liftedAt = null;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String getClientKey() {
        return clientKey;
    }

    public String getReason() {
        return reason;
    }

    public int getBanCount() {
        return banCount;
    }

    public Instant getBannedAt() {
        return bannedAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getSource() {
        return source;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }
}
