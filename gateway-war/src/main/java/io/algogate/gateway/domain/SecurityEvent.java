package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A security-relevant event, kept in the logs database (D10): the audit trail. Each row is one link of
 * the {@link AuditChain}: its {@code sequence} (1, 2, 3... in the order rows were appended) and its
 * HMAC over the previous row's. Rows from before the chain have neither, and the chain skips them.
 */
@Entity
@Table(name = "security_events")
public class SecurityEvent {

    /** What happened. */
    public enum Type {
        SETUP_COMPLETED,
        LOGIN_SUCCEEDED,
        LOGIN_FAILED,
        LOGOUT,
        PASSWORD_RESET_REQUESTED,
        PASSWORD_RESET,
        PASSWORD_CHANGED,
        PASSWORD_CHANGE_FAILED,
        TOTP_FAILED,
        BROKER_LOGIN_SUCCEEDED,
        BROKER_LOGIN_FAILED,
        BROKER_CHANGED,
        API_KEY_REGENERATED,
        IP_BANNED,
        IP_UNBANNED,
        SETTINGS_CHANGED,
        SECRETS_ROTATED,
        PLUGIN_LOAD_FAILED
    }

    /** How long {@link #getDetail()} may be; longer details are cut. */
    public static final int DETAIL_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "event_type", nullable = false, length = 32)
    private String eventType;

    @Column(length = 64)
    private String username;

    @Column(name = "client_ip", length = 64)
    private String clientIp;

    /** What the event concerned (a banned address, a changed setting): never a secret. */
    @Column(length = DETAIL_LENGTH)
    private String detail;

    /** The row's place in the chain; unique, so two appenders racing can never fork it. */
    @Column(name = "chain_sequence", unique = true)
    private Long chainSequence;

    @Column(name = "chain_mac", length = 64)
    private String chainMac;

    protected SecurityEvent() {
    }

    /** A chained row: {@code mac} is {@link AuditChain#macOf} of exactly these fields. */
    public SecurityEvent(AuditChain.Fields fields, String mac) {
        this.occurredAt = fields.occurredAt();
        this.eventType = fields.eventType();
        this.username = fields.username();
        this.clientIp = fields.clientIp();
        this.detail = fields.detail();
        this.chainSequence = fields.sequence();
        this.chainMac = mac;
    }

    /** The row as the chain verifier reads it; only for a chained row ({@link #getSequence()} not null). */
    public AuditChain.Row toChainRow() {
        return new AuditChain.Row(id, new AuditChain.Fields(chainSequence, occurredAt, eventType, username, clientIp,
                detail), chainMac);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getEventType() {
        return eventType;
    }

    public String getUsername() {
        return username;
    }

    public String getClientIp() {
        return clientIp;
    }

    public String getDetail() {
        return detail;
    }

    public Long getSequence() {
        return chainSequence;
    }

    public String getMac() {
        return chainMac;
    }
}
