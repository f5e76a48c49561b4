package io.algogate.broker.sandbox;

import io.algogate.broker.spi.BrokerAdapter;
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
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's order desk: accepts every well-formed order, gives it an id and lists it back.
 * A market order completes at once; other price types wait (there is no price feed yet).
 */
final class SandboxBroker implements BrokerAdapter, OrderEntry, OrderBookSource {

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
