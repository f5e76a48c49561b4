package io.algogate.gateway.interfaces.stream;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.OrderUpdate;
import io.algogate.broker.spi.OrderUpdateListener;
import io.algogate.broker.spi.Subscription;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The account's order updates to every client that sent {@code subscribe_orders}: one upstream
 * subscription while at least one client listens (D1: one account per gateway), closed when the last
 * one leaves; delivery as in {@link MarketDataFanOut}. Each client's copy names its own user (OpenAlgo's
 * {@code user_id}); updates are rare, so encoding per client costs nothing worth sharing.
 */
final class OrderUpdateFanOut implements OrderUpdateListener {

    /** Opens the broker's {@code OrderUpdateStream}. */
    @FunctionalInterface
    interface Upstream {
        Subscription open(OrderUpdateListener listener) throws BrokerException;
    }

    private final Upstream upstream;
    private final BiFunction<OrderUpdate, String, String> encoder;
    private final Map<OutboundQueue, String> clients = new ConcurrentHashMap<>();
    private Subscription subscription;

    /** @param encoder the message for an update and the receiving client's user name */
    OrderUpdateFanOut(Upstream upstream, BiFunction<OrderUpdate, String, String> encoder) {
        this.upstream = Objects.requireNonNull(upstream, "upstream");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    synchronized boolean subscribe(OutboundQueue client, String userName) throws BrokerException {
        if (subscription == null) {
            subscription = upstream.open(this);
        }
        return clients.put(client, userName) == null;
    }

    synchronized boolean unsubscribe(OutboundQueue client) {
        boolean removed = clients.remove(client) != null;
        if (clients.isEmpty() && subscription != null) {
            subscription.close();
            subscription = null;
        }
        return removed;
    }

    synchronized boolean upstreamOpen() {
        return subscription != null;
    }

    synchronized void closeAll() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    @Override
    public void onOrderUpdate(OrderUpdate update) {
        clients.forEach((client, userName) -> client.offer(encoder.apply(update, userName)));
    }
}
