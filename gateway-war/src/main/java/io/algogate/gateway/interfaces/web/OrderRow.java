package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One order as the dashboard shows it (a JavaBean: JSP's EL cannot read records). */
public class OrderRow {

    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ENGLISH).withZone(ZoneId.of("Asia/Kolkata"));

    private final Order order;

    public OrderRow(Order order) {
        this.order = order;
    }

    public String getOrderId() {
        return order.orderId();
    }

    /** The id as one segment of a dashboard path ({@code /app/orders/<id>/cancel}). */
    public String getPathId() {
        return URLEncoder.encode(order.orderId(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    public String getSymbol() {
        return order.symbol();
    }

    public String getExchange() {
        return order.exchange();
    }

    public String getAction() {
        return order.action().name();
    }

    public String getQuantity() {
        return order.quantity().stripTrailingZeros().toPlainString();
    }

    public String getPriceType() {
        return order.priceType().wireName();
    }

    public String getProduct() {
        return order.product().name();
    }

    public String getPrice() {
        return order.price().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public String getTriggerPrice() {
        return order.triggerPrice().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** Open or waiting for its trigger: it can still be modified or cancelled. */
    public boolean isOpen() {
        return order.status() == OrderStatus.OPEN || order.status() == OrderStatus.TRIGGER_PENDING;
    }

    public String getStatus() {
        return order.status().wireName();
    }

    public String getStrategy() {
        return order.strategy();
    }

    public String getTime() {
        return TIME.format(order.placedAt());
    }
}
