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

    @Inject
    BrokerSessionService brokerSessions;

    public OrderAck placeOrder(long userId, OrderRequest request) throws BrokerException {
        return call(userId, () -> brokers.activeAdapter().capability(OrderEntry.class).placeOrder(request));
    }

    public OrderAck cancelOrder(long userId, String orderId) throws BrokerException {
        return call(userId, () -> brokers.activeAdapter().capability(OrderManagement.class).cancelOrder(orderId));
    }

    public List<Order> orderBook(long userId) throws BrokerException {
        return call(userId, () -> brokers.activeAdapter().capability(OrderBookSource.class).orderBook());
    }

    /** A call into the broker. */
    @FunctionalInterface
    private interface BrokerCall<T> {
        T call() throws BrokerException;
    }

    /**
     * Runs a broker call; when the broker no longer accepts the session (its token was invalidated,
     * say by a login elsewhere), the session ends here too, so the API and the dashboard say so at once
     * instead of failing order by order.
     */
    private <T> T call(long userId, BrokerCall<T> work) throws BrokerException {
        try {
            return work.call();
        } catch (BrokerException e) {
            if (e.reason() == BrokerException.Reason.AUTHENTICATION) {
                brokerSessions.revokeBrokerSession(userId);
            }
            throw e;
        }
    }

    /** The id of the broker orders go to. */
    public String brokerId() {
        return brokers.activePlugin().id();
    }

    public String brokerName() {
        return brokers.activePlugin().displayName();
    }
}
