package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An order as the engine keeps it: the SPI's {@link Order} plus what the book does not show, the margin
 * blocked for it while it waits, the price it filled at and why it was rejected or cancelled.
 *
 * @param blockedMargin margin held for the order while it is open; zero once it is closed
 * @param fillPrice     the execution price, null until the order fills
 * @param message       the reason of a rejection or automatic cancellation, null otherwise
 */
record SandboxOrder(Order order, BigDecimal blockedMargin, BigDecimal fillPrice, String message) {

    SandboxOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(blockedMargin, "blockedMargin");
    }

    static SandboxOrder of(Order order) {
        return new SandboxOrder(order, Money.ZERO, null, null);
    }

    String id() {
        return order.orderId();
    }

    boolean isOpen() {
        return order.status() == OrderStatus.OPEN || order.status() == OrderStatus.TRIGGER_PENDING;
    }

    SandboxOrder withStatus(OrderStatus status, BigDecimal margin, BigDecimal price, String why) {
        Order o = order;
        return new SandboxOrder(new Order(o.orderId(), o.strategy(), o.exchange(), o.symbol(), o.action(),
                o.quantity(), o.priceType(), o.product(), o.price(), o.triggerPrice(), status, o.placedAt()),
                margin, price, why);
    }
}
