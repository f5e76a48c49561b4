package io.algogate.broker.sandbox;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.CancelAllResult;
import io.algogate.broker.spi.ModifyOrderRequest;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's order desk: accepts every well-formed order, gives it an id and lists it back.
 * A market order completes at once; other price types wait (there is no price feed yet) and can be
 * modified or cancelled while they wait.
 */
final class SandboxBroker implements BrokerAdapter, OrderEntry, OrderBookSource, OrderManagement {

    private static final ZoneId EXCHANGE_ZONE = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final List<Order> orders = new CopyOnWriteArrayList<>();

    SandboxBroker(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public OrderAck placeOrder(OrderRequest request) {
        String orderId = nextOrderId();
        orders.add(new Order(orderId, request.strategy(), request.exchange(), request.symbol(),
                request.action(), request.quantity(), request.priceType(), request.product(),
                request.price(), request.triggerPrice(), initialStatus(request.priceType()),
                clock.instant()));
        return new OrderAck(orderId);
    }

    @Override
    public List<Order> orderBook() {
        return List.copyOf(orders);
    }

    @Override
    public synchronized OrderAck modifyOrder(ModifyOrderRequest request) throws BrokerException {
        int index = openOrderIndex(request.orderId());
        Order old = orders.get(index);
        OrderRequest change = request.order();
        orders.set(index, new Order(old.orderId(), change.strategy(), change.exchange(), change.symbol(), change.action(),
                change.quantity(), change.priceType(), change.product(), change.price(), change.triggerPrice(),
                initialStatus(change.priceType()), old.placedAt()));
        return new OrderAck(old.orderId());
    }

    @Override
    public synchronized OrderAck cancelOrder(String orderId) throws BrokerException {
        int index = openOrderIndex(orderId);
        Order old = orders.get(index);
        orders.set(index, new Order(old.orderId(), old.strategy(), old.exchange(), old.symbol(), old.action(),
                old.quantity(), old.priceType(), old.product(), old.price(), old.triggerPrice(), OrderStatus.CANCELLED,
                old.placedAt()));
        return new OrderAck(orderId);
    }

    @Override
    public synchronized CancelAllResult cancelAllOrders(String strategy) {
        List<String> cancelled = new ArrayList<>();
        for (Order order : List.copyOf(orders)) {
            if (isOpen(order) && order.strategy() != null && order.strategy().equals(strategy)) {
                try {
                    cancelled.add(cancelOrder(order.orderId()).orderId());
                } catch (BrokerException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        return new CancelAllResult(cancelled, Map.of());
    }

    /** The position of an order that can still change; a closed or unknown one is refused. */
    private int openOrderIndex(String orderId) throws BrokerException {
        for (int i = 0; i < orders.size(); i++) {
            Order order = orders.get(i);
            if (order.orderId().equals(orderId)) {
                if (!isOpen(order)) {
                    throw new BrokerException(BrokerException.Reason.REJECTED,
                            "Order " + orderId + " is " + order.status().wireName() + " and cannot be changed");
                }
                return i;
            }
        }
        throw new BrokerException(BrokerException.Reason.REJECTED, "Order " + orderId + " was not found");
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

    /** Ids read like OpenAlgo's sandbox ids: the trading date, then a per-process sequence. */
    private String nextOrderId() {
        String date = LocalDate.now(clock.withZone(EXCHANGE_ZONE)).format(ID_DATE);
        return date + String.format("%08d", sequence.incrementAndGet());
    }
}
