package io.algogate.broker.spi;

import java.util.Objects;

/**
 * A modification as the gateway hands it to a broker: OpenAlgo's modifyorder carries every field of
 * a new order plus the id of the order it replaces, so the order part reuses {@link OrderRequest}.
 */
public record ModifyOrderRequest(String orderId, OrderRequest order) {

    public ModifyOrderRequest {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(order, "order");
        if (orderId.isBlank()) {
            throw new IllegalArgumentException("orderId must not be blank");
        }
    }
}
