package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.IntradayWindow;
import io.algogate.gateway.domain.Strategy;
import java.util.List;

/** One strategy as the strategy pages show it (a JavaBean: JSP's EL cannot read records or entities here). */
public class StrategyRow {

    private final Long id;
    private final String name;
    private final String webhookUrl;
    private final String tradingMode;
    private final String window;
    private final boolean active;
    private final List<MappingRow> mappings;

    StrategyRow(Long id, String name, String webhookUrl, String tradingMode, String window, boolean active,
            List<MappingRow> mappings) {
        this.id = id;
        this.name = name;
        this.webhookUrl = webhookUrl;
        this.tradingMode = tradingMode;
        this.window = window;
        this.active = active;
        this.mappings = List.copyOf(mappings);
    }

    /** @param webhookUrl the absolute URL, built by the caller from the public base URL */
    static StrategyRow of(Strategy strategy, String webhookUrl) {
        return new StrategyRow(strategy.getId(), strategy.getName(), webhookUrl, strategy.getTradingMode().name(),
                strategy.intradayWindow().map(StrategyRow::describe).orElse("positional"), strategy.isActive(),
                strategy.getSymbolMappings().stream().map(m -> new MappingRow(m.getSymbol(), m.getExchange(),
                        m.getQuantity(), m.getProduct())).toList());
    }

    /** "intraday 09:15-15:00, square-off 15:15" (IST). */
    static String describe(IntradayWindow window) {
        return "intraday " + window.start() + "-" + window.end() + ", square-off " + window.squareOff();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getWebhookUrl() {
        return webhookUrl;
    }

    public String getTradingMode() {
        return tradingMode;
    }

    public String getWindow() {
        return window;
    }

    public boolean isActive() {
        return active;
    }

    public List<MappingRow> getMappings() {
        return mappings;
    }

    /** One symbol mapping: what a webhook naming the symbol trades. */
    public static class MappingRow {
        private final String symbol;
        private final String exchange;
        private final int quantity;
        private final String product;

        MappingRow(String symbol, String exchange, int quantity, String product) {
            this.symbol = symbol;
            this.exchange = exchange;
            this.quantity = quantity;
            this.product = product;
        }

        public String getSymbol() {
            return symbol;
        }

        public String getExchange() {
            return exchange;
        }

        public int getQuantity() {
            return quantity;
        }

        public String getProduct() {
            return product;
        }
    }
}
