package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A change of an order's state pushed by the broker. {@code message} is the broker's text (a
 * rejection reason, say) or null.
 */
public record OrderUpdate(
        String orderId,
        String exchange,
        String symbol,
        Action action,
        OrderStatus status,
        BigDecimal quantity,
        BigDecimal filledQuantity,
        BigDecimal averagePrice,
        String message,
        Instant updatedAt) {

    public OrderUpdate {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(filledQuantity, "filledQuantity");
        Objects.requireNonNull(averagePrice, "averagePrice");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
