package io.algogate.gateway.application;

import io.algogate.broker.spi.Action;
import java.util.Objects;

/**
 * One order of a basket or a split: its id when the broker took it, or the broker's reason when not
 * (OpenAlgo reports each item and answers success for the whole).
 */
public record BasketItemResult(String symbol, Action action, java.math.BigDecimal quantity, String orderId,
        String error) {

    public BasketItemResult {
        Objects.requireNonNull(symbol, "symbol");
        if ((orderId == null) == (error == null)) {
            throw new IllegalArgumentException("an item has either an order id or an error");
        }
    }

    public boolean placed() {
        return orderId != null;
    }
}
