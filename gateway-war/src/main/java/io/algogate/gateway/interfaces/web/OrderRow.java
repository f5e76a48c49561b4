package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Order;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One order as the dashboard shows it (a JavaBean: JSP's EL cannot read records). */
public class OrderRow {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ENGLISH).withZone(ZoneId.of("Asia/Kolkata"));

    private final Order order;

    public OrderRow(Order order) {
        this.order = order;
    }

    public String getOrderId() {
        return order.orderId();
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
