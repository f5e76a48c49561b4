package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order as the gateway hands it to a broker, already validated and with defaults applied.
 * {@code price} and {@code triggerPrice} are zero when not set (OpenAlgo's convention).
 */
public record OrderRequest(
        String strategy,
        String exchange,
        String symbol,
        Action action,
        BigDecimal quantity,
        PriceType priceType,
        Product product,
        BigDecimal price,
        BigDecimal triggerPrice,
        int disclosedQuantity) {

    public OrderRequest {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(priceType, "priceType");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(triggerPrice, "triggerPrice");
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        if (disclosedQuantity < 0) {
            throw new IllegalArgumentException("disclosedQuantity must not be negative");
        }
    }
}
