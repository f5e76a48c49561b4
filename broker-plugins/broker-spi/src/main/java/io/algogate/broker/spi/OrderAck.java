package io.algogate.broker.spi;

import java.util.Objects;

/** The broker's acceptance of an order: the id it will be known by. */
public record OrderAck(String orderId) {

    public OrderAck {
        Objects.requireNonNull(orderId, "orderId");
        if (orderId.isBlank()) {
            throw new IllegalArgumentException("orderId must not be blank");
        }
    }
}
