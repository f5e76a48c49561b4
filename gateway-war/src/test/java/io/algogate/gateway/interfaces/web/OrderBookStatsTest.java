package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderBookStatsTest {

    static Order order(String id, Action action, OrderStatus status) {
        return new Order(id, "s", "NSE", "SBIN", action, BigDecimal.ONE, PriceType.LIMIT, Product.MIS,
                new BigDecimal("800"), BigDecimal.ZERO, status, Instant.EPOCH);
    }

    @Test
    void countsAsOpenAlgosOrderBookStatisticsDo() {
        OrderBookStats stats = OrderBookStats.of(List.of(order("1", Action.BUY, OrderStatus.OPEN),
                order("2", Action.BUY, OrderStatus.TRIGGER_PENDING), order("3", Action.SELL, OrderStatus.COMPLETE),
                order("4", Action.SELL, OrderStatus.REJECTED), order("5", Action.BUY, OrderStatus.CANCELLED)));

        assertEquals(3, stats.getBuyOrders());
        assertEquals(2, stats.getSellOrders());
        assertEquals(1, stats.getCompleted());
        assertEquals(2, stats.getOpen(), "trigger pending counts as open");
        assertEquals(1, stats.getRejected());
    }

    @Test
    void anEmptyBookIsAllZeros() {
        OrderBookStats stats = OrderBookStats.of(List.of());
        assertEquals(0, stats.getBuyOrders() + stats.getSellOrders() + stats.getCompleted() + stats.getOpen()
                + stats.getRejected());
    }

    @Test
    void onlyOpenOrdersCanBeChangedAndTheirIdIsOnePathSegment() {
        assertEquals(true, new OrderRow(order("1", Action.BUY, OrderStatus.TRIGGER_PENDING)).isOpen());
        assertEquals(false, new OrderRow(order("1", Action.BUY, OrderStatus.COMPLETE)).isOpen());
        assertEquals("a%2Fb%20c", new OrderRow(order("a/b c", Action.BUY, OrderStatus.OPEN)).getPathId());
    }
}
