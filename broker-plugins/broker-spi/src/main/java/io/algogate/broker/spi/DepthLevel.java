package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.util.Objects;

/** One price level of market depth: a price and the quantity waiting at it. */
public record DepthLevel(BigDecimal price, BigDecimal quantity) {

    public DepthLevel {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(quantity, "quantity");
    }
}
