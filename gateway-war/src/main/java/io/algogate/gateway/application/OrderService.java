package io.algogate.gateway.application;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Orders, through the active broker. The API and the dashboard both come here. */
@ApplicationScoped
public class OrderService {

    @Inject
    BrokerPluginHost brokers;

    public OrderAck placeOrder(long userId, OrderRequest request) throws BrokerException {
        return brokers.activeAdapter().capability(OrderEntry.class).placeOrder(request);
    }

    public OrderAck cancelOrder(long userId, String orderId) throws BrokerException {
        return brokers.activeAdapter().capability(OrderManagement.class).cancelOrder(orderId);
    }

    public List<Order> orderBook(long userId) throws BrokerException {
        return brokers.activeAdapter().capability(OrderBookSource.class).orderBook();
    }

    /** The id of the broker orders go to. */
    public String brokerId() {
        return brokers.activePlugin().id();
    }

    public String brokerName() {
        return brokers.activePlugin().displayName();
    }
}
