package io.algogate.broker.tck;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.Capability;
import io.algogate.broker.spi.CancelAllResult;
import io.algogate.broker.spi.ModifyOrderRequest;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plugin that keeps the contract: thread-safe ids and book, refusals as {@link BrokerException},
 * limit orders stay open so cancel and modify really change them. The kit must pass it entirely.
 */
public final class CorrectFixturePlugin implements BrokerPlugin {

    @Override
    public String id() {
        return "tck-correct";
    }

    @Override
    public String displayName() {
        return "Test kit fixture (correct)";
    }

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.ORDERS, Capability.ORDER_MANAGEMENT);
    }

    @Override
    public BrokerAdapter create(BrokerContext context) {
        return new Adapter(context.clock());
    }

    private static final class Adapter implements BrokerAdapter, OrderEntry, OrderBookSource, OrderManagement {

        private final Clock clock;
        private final AtomicLong sequence = new AtomicLong();
        // Keyed by id and ordered by it on read, so the book lists orders oldest first.
        private final Map<Long, Order> orders = new ConcurrentHashMap<>();

        Adapter(Clock clock) {
            this.clock = clock;
        }

        @Override
        public OrderAck placeOrder(OrderRequest request) throws BrokerException {
            if (!request.symbol().matches("[A-Z]+")) {
                throw new BrokerException(BrokerException.Reason.REJECTED, "Unknown symbol " + request.symbol());
            }
            if (request.quantity().stripTrailingZeros().scale() > 0) {
                throw new BrokerException(BrokerException.Reason.REJECTED, "Quantity must be whole");
            }
            long id = sequence.incrementAndGet();
            orders.put(id, order(id, request, OrderStatus.OPEN));
            return new OrderAck(Long.toString(id));
        }

        @Override
        public List<Order> orderBook() {
            return orders.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        }

        @Override
        public OrderAck modifyOrder(ModifyOrderRequest request) throws BrokerException {
            long id = openOrderId(request.orderId());
            orders.put(id, order(id, request.order(), OrderStatus.OPEN));
            return new OrderAck(request.orderId());
        }

        @Override
        public OrderAck cancelOrder(String orderId) throws BrokerException {
            long id = openOrderId(orderId);
            Order open = orders.get(id);
            orders.put(id, new Order(open.orderId(), open.strategy(), open.exchange(), open.symbol(),
                    open.action(), open.quantity(), open.priceType(), open.product(), open.price(),
                    open.triggerPrice(), OrderStatus.CANCELLED, open.placedAt()));
            return new OrderAck(orderId);
        }

        @Override
        public CancelAllResult cancelAllOrders(String strategy) throws BrokerException {
            throw new BrokerException(BrokerException.Reason.NOT_SUPPORTED, "Not needed by the kit");
        }

        private long openOrderId(String orderId) throws BrokerException {
            Order order = orders.get(Long.valueOf(orderId));
            if (order == null || order.status() != OrderStatus.OPEN) {
                throw new BrokerException(BrokerException.Reason.REJECTED, "No open order " + orderId);
            }
            return Long.parseLong(orderId);
        }

        private Order order(long id, OrderRequest request, OrderStatus status) {
            return new Order(Long.toString(id), request.strategy(), request.exchange(), request.symbol(),
                    request.action(), request.quantity(), request.priceType(), request.product(),
                    request.price(), request.triggerPrice(), status, clock.instant());
        }
    }
}
