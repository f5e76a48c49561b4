package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import java.util.List;

/**
 * OpenAlgo's order book statistics: buy and sell orders, and how many are completed, open (open or
 * trigger pending) and rejected. A JavaBean for the page; the same numbers go to the live update.
 */
public class OrderBookStats {

    private final long buyOrders;
    private final long sellOrders;
    private final long completed;
    private final long open;
    private final long rejected;

    OrderBookStats(long buyOrders, long sellOrders, long completed, long open, long rejected) {
        this.buyOrders = buyOrders;
        this.sellOrders = sellOrders;
        this.completed = completed;
        this.open = open;
        this.rejected = rejected;
    }

    static OrderBookStats of(List<Order> orders) {
        return new OrderBookStats(
                orders.stream().filter(o -> o.action() == Action.BUY).count(),
                orders.stream().filter(o -> o.action() == Action.SELL).count(),
                orders.stream().filter(o -> o.status() == OrderStatus.COMPLETE).count(),
                orders.stream().filter(o -> o.status() == OrderStatus.OPEN
                        || o.status() == OrderStatus.TRIGGER_PENDING).count(),
                orders.stream().filter(o -> o.status() == OrderStatus.REJECTED).count());
    }

    public long getBuyOrders() {
        return buyOrders;
    }

    public long getSellOrders() {
        return sellOrders;
    }

    public long getCompleted() {
        return completed;
    }

    public long getOpen() {
        return open;
    }

    public long getRejected() {
        return rejected;
    }
}
