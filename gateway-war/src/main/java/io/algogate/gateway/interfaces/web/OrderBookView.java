package io.algogate.gateway.interfaces.web;

import java.util.List;

/**
 * The order book page: the day's orders with their statistics, the funds strip that {@code live.js}
 * keeps current, the WebSocket path the script connects to, and a notice or error from an action.
 */
public class OrderBookView {

    private final List<OrderRow> orders;
    private final OrderBookStats stats;
    private final FundsSummary funds;
    private final String streamPath;
    private final String notice;
    private final String error;

    OrderBookView(List<OrderRow> orders, OrderBookStats stats, FundsSummary funds, String streamPath, String notice,
            String error) {
        this.orders = List.copyOf(orders);
        this.stats = stats;
        this.funds = funds;
        this.streamPath = streamPath;
        this.notice = notice;
        this.error = error;
    }

    public List<OrderRow> getOrders() {
        return orders;
    }

    public OrderBookStats getStats() {
        return stats;
    }

    /** Null when the broker did not give the funds (the error says why). */
    public FundsSummary getFunds() {
        return funds;
    }

    public String getStreamPath() {
        return streamPath;
    }

    public String getNotice() {
        return notice;
    }

    public String getError() {
        return error;
    }

    public boolean isAnyOpen() {
        return orders.stream().anyMatch(OrderRow::isOpen);
    }
}
