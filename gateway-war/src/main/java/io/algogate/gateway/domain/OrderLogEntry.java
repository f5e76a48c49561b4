package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One order request and the gateway's answer, kept in the logs database (D10) for the dashboard and
 * the CSV export. The request is stored without its API key; neither JSON ever holds a secret.
 */
@Entity
@Table(name = "order_log", indexes = @Index(name = "order_log_time", columnList = "logged_at"))
public class OrderLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "logged_at", nullable = false)
    private Instant loggedAt;

    @Column(nullable = false, length = 64)
    private String endpoint;

    @Column(length = 256)
    private String strategy;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 16)
    private String mode;

    @Lob
    @Column(name = "request_json", nullable = false)
    private String requestJson;

    @Column(name = "response_status", nullable = false)
    private int responseStatus;

    @Lob
    @Column(name = "response_json", nullable = false)
    private String responseJson;

    protected OrderLogEntry() {
    }

    public OrderLogEntry(Instant loggedAt, String endpoint, String strategy, Long userId, TradingMode mode,
            String requestJson, int responseStatus, String responseJson) {
        this.loggedAt = loggedAt;
        this.endpoint = endpoint;
        this.strategy = strategy;
        this.userId = userId;
        this.mode = mode.wireName();
        this.requestJson = requestJson;
        this.responseStatus = responseStatus;
        this.responseJson = responseJson;
    }

    public Long getId() {
        return id;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public String getStrategy() {
        return strategy;
    }

    public Long getUserId() {
        return userId;
    }

    public String getMode() {
        return mode;
    }

    public String getRequestJson() {
        return requestJson;
    }

    public int getResponseStatus() {
        return responseStatus;
    }

    public String getResponseJson() {
        return responseJson;
    }
}
