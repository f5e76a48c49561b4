package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One order in a broker's order book. */
public record Order(
        String orderId,
        String strategy,
        String exchange,
        String symbol,
        Action action,
        BigDecimal quantity,
        PriceType priceType,
        Product product,
        BigDecimal price,
        BigDecimal triggerPrice,
        OrderStatus status,
        Instant placedAt) {

    public Order {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(priceType, "priceType");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(triggerPrice, "triggerPrice");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(placedAt, "placedAt");
    }
}
