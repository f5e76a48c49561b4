package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One HTTP request in the traffic log, in the logs database (D10): when it was answered, the resolved
 * client address, method, path without query, status, time taken, user and the class of a failure.
 */
@Entity
@Table(name = "traffic_log", indexes = @Index(name = "traffic_log_time", columnList = "logged_at"))
public class TrafficLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @Column(name = "client_ip", nullable = false, length = 64)
    private String clientIp;

    @Column(nullable = false, length = 16)
    private String method;

    @Column(nullable = false, length = 512)
    private String path;

    @Column(nullable = false)
    private int status;

    @Column(name = "duration_ms", nullable = false)
    private long durationMillis;

    @Column(name = "user_id")
    private Long userId;

    @Column(length = 128)
    private String error;

    protected TrafficLogEntry() {
    }

    public TrafficLogEntry(Instant loggedAt, String clientIp, String method, String path, int status,
            long durationMillis, Long userId, String error) {
        this.loggedAt = loggedAt;
        this.clientIp = cut(clientIp, 64);
        this.method = cut(method, 16);
        this.path = cut(path, 512);
        this.status = status;
        this.durationMillis = durationMillis;
        this.userId = userId;
        this.error = error == null ? null : cut(error, 128);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public String getClientIp() {
        return clientIp;
    }

    public String getMethod() {
        return method;
    }

    public String getPath() {
        return path;
    }

    public int getStatus() {
        return status;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    public Long getUserId() {
        return userId;
    }

    public String getError() {
        return error;
    }
}
