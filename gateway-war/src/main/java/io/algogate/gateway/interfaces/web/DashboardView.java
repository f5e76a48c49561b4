package io.algogate.gateway.interfaces.web;

import java.util.List;

/** The dashboard's view model. */
public class DashboardView {

    private final String username;
    private final String brokerId;
    private final String brokerName;
    private final List<OrderRow> orders;

    public DashboardView(String username, String brokerId, String brokerName, List<OrderRow> orders) {
        this.username = username;
        this.brokerId = brokerId;
        this.brokerName = brokerName;
        this.orders = List.copyOf(orders);
    }

    public String getUsername() {
        return username;
    }

    public String getBrokerId() {
        return brokerId;
    }

    public String getBrokerName() {
        return brokerName;
    }

    public List<OrderRow> getOrders() {
        return orders;
    }
}
