package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One execution in a broker's trade book (OpenAlgo's tradebook entry). */
public record Trade(
        String orderId,
        String exchange,
        String symbol,
        Action action,
        Product product,
        BigDecimal quantity,
        BigDecimal averagePrice,
        BigDecimal tradeValue,
        Instant tradedAt) {

    public Trade {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(tradeValue, "tradeValue");
        Objects.requireNonNull(tradedAt, "tradedAt");
    }
}
