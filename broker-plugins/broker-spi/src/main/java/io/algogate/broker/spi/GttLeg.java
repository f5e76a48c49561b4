package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.util.Objects;

/** The order one trigger of a GTT places (an entry of OpenAlgo's gttorderbook {@code legs}). */
public record GttLeg(Action action, BigDecimal quantity, BigDecimal price, PriceType priceType, Product product) {

    public GttLeg {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(priceType, "priceType");
        Objects.requireNonNull(product, "product");
    }
}
