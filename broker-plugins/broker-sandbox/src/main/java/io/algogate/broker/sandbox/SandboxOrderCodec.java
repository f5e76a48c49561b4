package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.time.Instant;

/**
 * One order as the sandbox stores it, in {@link NameValueText}'s format.
 *
 * <p>Version 1 (the first sandbox, no engine): {@code orderId}, {@code strategy} (left out when the
 * order has none), {@code exchange}, {@code symbol}, {@code action}, {@code quantity},
 * {@code priceType}, {@code product}, {@code price}, {@code triggerPrice}, {@code status},
 * {@code placedAt}. Enums are written as their Java constant names, numbers as plain decimals, the
 * instant in ISO-8601.
 *
 * <p>Version 2 adds the engine's fields: {@code blockedMargin} (margin held while the order is open),
 * and, when present, {@code fillPrice} and {@code message}. A version-1 record reads as an order with
 * no margin blocked and no fill, which is what it was. The version went up because an open order's
 * meaning changed: it now holds margin and fills from the feed, so an older sandbox must refuse the
 * new records rather than cancel them without releasing their margin.
 */
final class SandboxOrderCodec {

    static final int VERSION = 2;

    private SandboxOrderCodec() {
    }

    static byte[] encode(SandboxOrder stored) {
        Order order = stored.order();
        NameValueText text = new NameValueText(VERSION).line("orderId", order.orderId());
        if (order.strategy() != null) {
            text.line("strategy", order.strategy());
        }
        text.line("exchange", order.exchange())
                .line("symbol", order.symbol())
                .line("action", order.action().name())
                .line("quantity", order.quantity())
                .line("priceType", order.priceType().name())
                .line("product", order.product().name())
                .line("price", order.price())
                .line("triggerPrice", order.triggerPrice())
                .line("status", order.status().name())
                .line("placedAt", order.placedAt().toString())
                .line("blockedMargin", stored.blockedMargin());
        if (stored.fillPrice() != null) {
            text.line("fillPrice", stored.fillPrice());
        }
        if (stored.message() != null) {
            text.line("message", stored.message());
        }
        return text.bytes();
    }

    /** The order; an {@link IllegalArgumentException} names what is wrong with a value it cannot read. */
    static SandboxOrder decode(byte[] stored) {
        NameValueText.Fields fields = NameValueText.parse(stored);
        fields.version("order", 1, VERSION);
        Order order = new Order(
                fields.required("orderId"),
                fields.optional("strategy"),
                fields.required("exchange"),
                fields.required("symbol"),
                Action.valueOf(fields.required("action")),
                fields.decimal("quantity"),
                PriceType.valueOf(fields.required("priceType")),
                Product.valueOf(fields.required("product")),
                fields.decimal("price"),
                fields.decimal("triggerPrice"),
                OrderStatus.valueOf(fields.required("status")),
                Instant.parse(fields.required("placedAt")));
        // Version 1 has none of these: no margin was ever blocked, nothing filled from a feed.
        return new SandboxOrder(order, fields.decimal("blockedMargin", Money.ZERO),
                fields.decimal("fillPrice", null), fields.optional("message"));
    }
}
