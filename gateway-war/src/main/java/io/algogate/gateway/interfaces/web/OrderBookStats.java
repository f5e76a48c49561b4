package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Order;
import io.algogate.gateway.application.OrderBookTotals;
import java.util.List;

/**
 * OpenAlgo's order book statistics ({@link OrderBookTotals}, counted as the API counts them): buy and
 * sell orders, and how many are completed, open (open or trigger pending) and rejected. A JavaBean for
 * the page; the same numbers go to the live update.
 */
public class OrderBookStats {

    private final OrderBookTotals totals;

    private OrderBookStats(OrderBookTotals totals) {
        this.totals = totals;
    }

    static OrderBookStats of(List<Order> orders) {
        return new OrderBookStats(OrderBookTotals.of(orders));
    }

    public long getBuyOrders() {
        return totals.buyOrders();
    }

    public long getSellOrders() {
        return totals.sellOrders();
    }

    public long getCompleted() {
        return totals.completed();
    }

    public long getOpen() {
        return totals.open();
    }

    public long getRejected() {
        return totals.rejected();
    }
}
