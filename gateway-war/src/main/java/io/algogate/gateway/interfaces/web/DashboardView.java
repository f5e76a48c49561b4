package io.algogate.gateway.interfaces.web;

import java.util.List;

/** The dashboard's view model. */
public class DashboardView {

    private final String username;
    private final String brokerId;
    private final String brokerName;
    private final List<OrderRow> orders;
    private final boolean brokerConnected;
    private final String brokerMessage;

    public DashboardView(String username, String brokerId, String brokerName, List<OrderRow> orders,
            boolean brokerConnected, String brokerMessage) {
        this.username = username;
        this.brokerId = brokerId;
        this.brokerName = brokerName;
        this.orders = List.copyOf(orders);
        this.brokerConnected = brokerConnected;
        this.brokerMessage = brokerMessage;
    }

    /** Whether the broker session is live; without it the API answers "Broker session expired". */
    public boolean isBrokerConnected() {
        return brokerConnected;
    }

    /** Why the orders could not be shown (the broker refused or is unreachable); empty otherwise. */
    public String getBrokerMessage() {
        return brokerMessage;
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
