package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One position in a broker's position book. {@code quantity} is the signed net quantity: positive
 * long, negative short, zero when closed today (OpenAlgo's convention, which smart orders rely on).
 */
public record Position(
        String exchange,
        String symbol,
        Product product,
        BigDecimal quantity,
        BigDecimal averagePrice,
        BigDecimal ltp,
        BigDecimal pnl) {

    public Position {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(ltp, "ltp");
        Objects.requireNonNull(pnl, "pnl");
    }
}
