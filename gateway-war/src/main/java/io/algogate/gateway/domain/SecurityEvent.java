package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A security-relevant event (setup, login success or failure), kept in the logs database (D10). */
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
        BROKER_CHANGED
    }

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

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant occurredAt, Type type, String username, String clientIp) {
        this.occurredAt = occurredAt;
        this.eventType = type.name();
        this.username = username;
        this.clientIp = clientIp;
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
}
