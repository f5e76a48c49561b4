package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.util.Objects;

/** One position of a margin calculation (an entry of OpenAlgo's margin {@code positions}). */
public record MarginPosition(
        String exchange,
        String symbol,
        Action action,
        BigDecimal quantity,
        Product product,
        PriceType priceType,
        BigDecimal price,
        BigDecimal triggerPrice) {

    public MarginPosition {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(priceType, "priceType");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(triggerPrice, "triggerPrice");
    }
}
