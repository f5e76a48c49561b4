package io.algogate.gateway.application;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A placesmartorder: the terms of the order it may place, and the target position. Not an
 * {@link OrderRequest}, because OpenAlgo's smart order may ask for quantity 0 ("only bring the
 * position to the target", the usual way to close one), which no order can carry.
 */
public record SmartOrderRequest(String strategy, String exchange, String symbol, Action action, BigDecimal quantity,
        PriceType priceType, Product product, BigDecimal price, BigDecimal triggerPrice, int disclosedQuantity,
        BigDecimal positionSize) {

    public SmartOrderRequest {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(positionSize, "positionSize");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
    }

    /** The order these terms place with the side and quantity a {@link SmartOrderDecision} chose. */
    OrderRequest order(Action orderAction, BigDecimal orderQuantity) {
        return new OrderRequest(strategy, exchange, symbol, orderAction, orderQuantity, priceType, product, price,
                triggerPrice, disclosedQuantity);
    }
}
