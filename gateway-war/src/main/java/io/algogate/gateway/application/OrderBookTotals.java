package io.algogate.gateway.application;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import java.util.List;
import java.util.function.Predicate;

/**
 * OpenAlgo's order book statistics: buy and sell orders, completed, open (open or trigger pending) and
 * rejected. The API's {@code orderbook} and the dashboard's order book both show these.
 */
public record OrderBookTotals(int buyOrders, int sellOrders, int completed, int open, int rejected) {

    public static OrderBookTotals of(List<Order> book) {
        return new OrderBookTotals(
                count(book, o -> o.action() == Action.BUY),
                count(book, o -> o.action() == Action.SELL),
                count(book, o -> o.status() == OrderStatus.COMPLETE),
                count(book, o -> o.status() == OrderStatus.OPEN || o.status() == OrderStatus.TRIGGER_PENDING),
                count(book, o -> o.status() == OrderStatus.REJECTED));
    }

    private static int count(List<Order> book, Predicate<Order> test) {
        return (int) book.stream().filter(test).count();
    }
}
