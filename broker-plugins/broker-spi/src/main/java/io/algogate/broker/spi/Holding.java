package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One delivery holding. The average price and last price are carried so the host can compute
 * OpenAlgo's portfolio statistics (holding value, investment value) itself.
 */
public record Holding(
        String exchange,
        String symbol,
        Product product,
        BigDecimal quantity,
        BigDecimal averagePrice,
        BigDecimal ltp,
        BigDecimal pnl,
        BigDecimal pnlPercent) {

    public Holding {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(ltp, "ltp");
        Objects.requireNonNull(pnl, "pnl");
        Objects.requireNonNull(pnlPercent, "pnlPercent");
    }
}
