package io.algogate.broker.tck;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.Capability;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plugin with the defects the kit exists to catch: every id is handed out twice, the book is an
 * unguarded list that loses orders under concurrency, an unknown symbol escapes as an
 * {@link IllegalStateException}, and it declares market data it does not implement.
 */
public final class BrokenFixturePlugin implements BrokerPlugin {

    @Override
    public String id() {
        return "tck-broken";
    }

    @Override
    public String displayName() {
        return "Test kit fixture (broken)";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.ORDERS, Capability.MARKET_DATA);
    }

    @Override
    public BrokerAdapter create(BrokerContext context) {
        return new Adapter(context.clock());
    }

    private static final class Adapter implements BrokerAdapter, OrderEntry, OrderBookSource {

        private final Clock clock;
        private final List<Order> orders = new ArrayList<>();
        private int placed;

        Adapter(Clock clock) {
            this.clock = clock;
        }

        @Override
        public OrderAck placeOrder(OrderRequest request) {
            if (request.symbol().contains("-")) {
                throw new IllegalStateException("no instrument " + request.symbol());
            }
            // Halving the counter gives every id to two orders, even single-threaded.
            String orderId = "B" + (placed++ / 2);
            orders.add(new Order(orderId, request.strategy(), request.exchange(), request.symbol(),
                    request.action(), request.quantity(), request.priceType(), request.product(),
                    request.price(), request.triggerPrice(), OrderStatus.COMPLETE, clock.instant()));
            return new OrderAck(orderId);
        }

        @Override
        public List<Order> orderBook() {
            return List.copyOf(orders);
        }
    }
}
