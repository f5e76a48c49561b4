package io.algogate.gateway.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook strategy (OpenAlgo's {@code strategies} and {@code strategy_symbol_mappings}): alerts from
 * TradingView and the like, posted to {@code /strategy/webhook/<webhookId>}, become orders of its
 * owner. The webhook id is a random UUID and is the only credential such a post carries, so it is
 * never logged; it is kept in clear because the dashboard shows the webhook URL to its owner again.
 */
@Entity
@Table(name = "strategies")
public class Strategy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "webhook_id", nullable = false, unique = true, length = 36)
    private String webhookId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trading_mode", nullable = false, length = 8)
    private StrategyTradingMode tradingMode;

    @Column(name = "is_intraday", nullable = false)
    private boolean intraday;

    /** Null for a positional strategy, which trades at any time. */
    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    @Column(name = "squareoff_time")
    private LocalTime squareOffTime;

    @Column(name = "is_active", nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "strategy_symbol_mappings", joinColumns = @JoinColumn(name = "strategy_id"))
    // One symbol per strategy is kept by putMapping, not by a unique key: rows are rewritten in place
    // when the list changes, which could trip such a key halfway through.
    @OrderColumn(name = "mapping_index")
    private List<SymbolMapping> symbolMappings = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Strategy() {
    }

    public Strategy(String name, Long userId, String webhookId, Instant now) {
        this.name = Objects.requireNonNull(name, "name");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.webhookId = Objects.requireNonNull(webhookId, "webhookId");
        this.tradingMode = StrategyTradingMode.LONG;
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Replaces everything the owner may change; the owner and the webhook id stay.
     *
     * @param window the intraday window, or null for a positional strategy
     */
    public void redefine(String newName, StrategyTradingMode mode, IntradayWindow window, boolean isActive,
            List<SymbolMapping> mappings, Instant now) {
        this.name = Objects.requireNonNull(newName, "name");
        this.tradingMode = Objects.requireNonNull(mode, "mode");
        this.intraday = window != null;
        this.startTime = window == null ? null : window.start();
        this.endTime = window == null ? null : window.end();
        this.squareOffTime = window == null ? null : window.squareOff();
        this.active = isActive;
        this.symbolMappings.clear();
        this.symbolMappings.addAll(mappings);
        this.updatedAt = now;
    }

    /** Adds the mapping, replacing one for the same symbol. */
    public void putMapping(SymbolMapping mapping, Instant now) {
        removeMapping(mapping.getSymbol(), now);
        symbolMappings.add(mapping);
    }

    /** @return whether there was a mapping for the symbol */
    public boolean removeMapping(String symbol, Instant now) {
        boolean removed = symbolMappings.removeIf(existing -> existing.getSymbol().equals(symbol));
        updatedAt = now;
        return removed;
    }

    /** The mapping for a webhook's symbol, matched exactly as OpenAlgo does. */
    public Optional<SymbolMapping> mappingFor(String symbol) {
        return symbolMappings.stream().filter(mapping -> mapping.getSymbol().equals(symbol)).findFirst();
    }

    /** The window an intraday strategy trades in; empty for a positional one. */
    public Optional<IntradayWindow> intradayWindow() {
        return intraday ? Optional.of(new IntradayWindow(startTime, endTime, squareOffTime)) : Optional.empty();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getUserId() {
        return userId;
    }

    public String getWebhookId() {
        return webhookId;
    }

    public StrategyTradingMode getTradingMode() {
        return tradingMode;
    }

    public boolean isIntraday() {
        return intraday;
    }

    public boolean isActive() {
        return active;
    }

    public List<SymbolMapping> getSymbolMappings() {
        return List.copyOf(symbolMappings);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
