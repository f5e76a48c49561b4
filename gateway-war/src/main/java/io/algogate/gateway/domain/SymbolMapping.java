package io.algogate.gateway.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * What a strategy trades when a webhook names {@code symbol}: on which exchange, how many, and under
 * which product. An embeddable rather than a record: Jakarta Persistence 3.1 cannot build records.
 */
@Embeddable
public class SymbolMapping {

    @Column(nullable = false, length = 100)
    private String symbol;

    @Column(nullable = false, length = 16)
    private String exchange;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false, length = 8)
    private String product;

    protected SymbolMapping() {
    }

    public SymbolMapping(String symbol, String exchange, int quantity, String product) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.exchange = Objects.requireNonNull(exchange, "exchange");
        this.quantity = quantity;
        this.product = Objects.requireNonNull(product, "product");
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
