package io.algogate.broker.sandbox;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.CancelAllResult;
import io.algogate.broker.spi.ModifyOrderRequest;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The sandbox's order desk: accepts every well-formed order, gives it an id and lists it back.
 * A market order completes at once; other price types wait (there is no price feed yet) and can be
 * modified or cancelled while they wait.
 *
 * <p>It keeps no orders of its own: the book lives in {@link SandboxOrderStore}, and every call that
 * reads before it writes does so in one store transaction, which is what makes concurrent calls safe.
 */
final class SandboxBroker implements BrokerAdapter, OrderEntry, OrderBookSource, OrderManagement {

    /** Order ids carry the trading day, which is the exchange's date, not the server's. */
    private static final ZoneId EXCHANGE_ZONE = ZoneId.of("Asia/Kolkata");

    private final Clock clock;
    private final SandboxOrderStore orders;

    SandboxBroker(Clock clock, SandboxOrderStore orders) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    @Override
    public OrderAck placeOrder(OrderRequest request) {
        Order placed = orders.inTransaction(() -> {
            // Read inside the transaction, so placing times follow the order of the ids.
            Instant now = clock.instant();
            Order order = new Order(orders.nextOrderId(LocalDate.ofInstant(now, EXCHANGE_ZONE)),
                    request.strategy(), request.exchange(), request.symbol(), request.action(), request.quantity(),
                    request.priceType(), request.product(), request.price(), request.triggerPrice(),
                    initialStatus(request.priceType()), now);
            orders.save(order);
            return order;
        });
        return new OrderAck(placed.orderId());
    }

    @Override
    public List<Order> orderBook() {
        return orders.inTransaction(orders::all);
    }

    @Override
    public OrderAck modifyOrder(ModifyOrderRequest request) throws BrokerException {
        OrderRequest change = request.order();
        return changeOpenOrder(request.orderId(), old -> new Order(old.orderId(), change.strategy(),
                change.exchange(), change.symbol(), change.action(), change.quantity(), change.priceType(),
                change.product(), change.price(), change.triggerPrice(), initialStatus(change.priceType()),
                old.placedAt()));
    }

    @Override
    public OrderAck cancelOrder(String orderId) throws BrokerException {
        return changeOpenOrder(orderId, SandboxBroker::cancelled);
    }

    /** All in one transaction: either every open order of the strategy is cancelled or none is. */
    @Override
    public CancelAllResult cancelAllOrders(String strategy) {
        List<String> cancelled = orders.inTransaction(() -> {
            List<String> ids = new ArrayList<>();
            for (Order order : orders.all()) {
                if (isOpen(order) && order.strategy() != null && order.strategy().equals(strategy)) {
                    orders.save(cancelled(order));
                    ids.add(order.orderId());
                }
            }
            return ids;
        });
        return new CancelAllResult(cancelled, Map.of());
    }

    /**
     * Replaces an order that can still change; a closed or unknown one is refused. The refusal is
     * returned from the transaction rather than thrown through it: nothing was written to undo.
     */
    private OrderAck changeOpenOrder(String orderId, UnaryOperator<Order> change) throws BrokerException {
        Optional<String> refusal = orders.inTransaction(() -> {
            Optional<Order> current = orders.find(orderId);
            if (current.isEmpty()) {
                return Optional.of("Order " + orderId + " was not found");
            }
            if (!isOpen(current.get())) {
                return Optional.of("Order " + orderId + " is " + current.get().status().wireName()
                        + " and cannot be changed");
            }
            orders.save(change.apply(current.get()));
            return Optional.<String>empty();
        });
        if (refusal.isPresent()) {
            throw new BrokerException(BrokerException.Reason.REJECTED, refusal.get());
        }
        return new OrderAck(orderId);
    }

    private static Order cancelled(Order order) {
        return new Order(order.orderId(), order.strategy(), order.exchange(), order.symbol(), order.action(),
                order.quantity(), order.priceType(), order.product(), order.price(), order.triggerPrice(),
                OrderStatus.CANCELLED, order.placedAt());
    }

    private static boolean isOpen(Order order) {
        return order.status() == OrderStatus.OPEN || order.status() == OrderStatus.TRIGGER_PENDING;
    }

    private static OrderStatus initialStatus(PriceType priceType) {
        return switch (priceType) {
            case MARKET -> OrderStatus.COMPLETE;
            case LIMIT -> OrderStatus.OPEN;
            case STOP_LOSS, STOP_LOSS_MARKET -> OrderStatus.TRIGGER_PENDING;
        };
    }
}
