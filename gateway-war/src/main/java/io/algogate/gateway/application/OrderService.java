package io.algogate.gateway.application;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.CancelAllResult;
import io.algogate.broker.spi.Funds;
import io.algogate.broker.spi.FundsSource;
import io.algogate.broker.spi.GttOrder;
import io.algogate.broker.spi.GttOrders;
import io.algogate.broker.spi.GttRequest;
import io.algogate.broker.spi.Holding;
import io.algogate.broker.spi.HoldingsSource;
import io.algogate.broker.spi.MarginCalculator;
import io.algogate.broker.spi.MarginPosition;
import io.algogate.broker.spi.MarginResult;
import io.algogate.broker.spi.ModifyOrderRequest;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.PositionBookSource;
import io.algogate.broker.spi.PositionCloser;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.QuoteSource;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.spi.Trade;
import io.algogate.broker.spi.TradeBookSource;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Orders and account books, through the broker orders go to (the active broker, or the sandbox in
 * analyze mode). The API and the dashboard both come here. What OpenAlgo computes on the host side
 * (smart orders, baskets, closing positions for brokers that cannot) is computed here from the SPI's
 * capabilities.
 */
@ApplicationScoped
public class OrderService {

    /** OpenAlgo places basket orders in concurrent batches of 10; one basket never has more in flight. */
    static final int BASKET_BATCH_SIZE = 10;

    @Inject
    BrokerPluginHost brokers;

    @Inject
    BrokerSessionService brokerSessions;

    @Inject
    AnalyzerService analyzer;

    @Resource
    ManagedExecutorService executor;

    /** One lock per user, exchange, symbol and product: concurrent smart orders for it run one at a time. */
    private final ConcurrentHashMap<String, ReentrantLock> smartOrderLocks = new ConcurrentHashMap<>();

    public OrderAck placeOrder(long userId, OrderRequest request) throws BrokerException {
        return call(userId, adapter -> adapter.capability(OrderEntry.class).placeOrder(request));
    }

    public OrderAck modifyOrder(long userId, ModifyOrderRequest request) throws BrokerException {
        return call(userId, adapter -> adapter.capability(OrderManagement.class).modifyOrder(request));
    }

    public OrderAck cancelOrder(long userId, String orderId) throws BrokerException {
        return call(userId, adapter -> adapter.capability(OrderManagement.class).cancelOrder(orderId));
    }

    public CancelAllResult cancelAllOrders(long userId, String strategy) throws BrokerException {
        return call(userId, adapter -> adapter.capability(OrderManagement.class).cancelAllOrders(strategy));
    }

    public List<Order> orderBook(long userId) throws BrokerException {
        return call(userId, adapter -> adapter.capability(OrderBookSource.class).orderBook());
    }

    public List<Trade> tradeBook(long userId) throws BrokerException {
        return call(userId, adapter -> adapter.capability(TradeBookSource.class).trades());
    }

    public List<Position> positions(long userId) throws BrokerException {
        return call(userId, adapter -> adapter.capability(PositionBookSource.class).positions());
    }

    public List<Holding> holdings(long userId) throws BrokerException {
        return call(userId, adapter -> adapter.capability(HoldingsSource.class).holdings());
    }

    public Funds funds(long userId) throws BrokerException {
        return call(userId, adapter -> adapter.capability(FundsSource.class).funds());
    }

    public MarginResult margin(long userId, List<MarginPosition> positions) throws BrokerException {
        return call(userId, adapter -> adapter.capability(MarginCalculator.class).margin(positions));
    }

    public String placeGttOrder(long userId, GttRequest gtt) throws BrokerException {
        return call(userId, adapter -> adapter.capability(GttOrders.class).placeGttOrder(gtt));
    }

    public String modifyGttOrder(long userId, String triggerId, GttRequest gtt) throws BrokerException {
        return call(userId, adapter -> adapter.capability(GttOrders.class).modifyGttOrder(triggerId, gtt));
    }

    /**
     * A quote from the active broker, whose instrument master the options routes resolve against; in
     * analyze mode too, as OpenAlgo's sandbox prices from the live broker's market data.
     */
    public Quote marketQuote(SymbolRef symbol) throws BrokerException {
        return brokers.activeAdapter().capability(QuoteSource.class).quote(symbol);
    }

    public String cancelGttOrder(long userId, String triggerId) throws BrokerException {
        return call(userId, adapter -> adapter.capability(GttOrders.class).cancelGttOrder(triggerId));
    }

    public List<GttOrder> gttOrderBook(long userId) throws BrokerException {
        return call(userId, adapter -> adapter.capability(GttOrders.class).gttOrderBook());
    }

    /** OpenAlgo's orderstatus: the order found in the order book, by id. */
    public Optional<Order> orderStatus(long userId, String orderId) throws BrokerException {
        return orderBook(userId).stream().filter(order -> order.orderId().equals(orderId)).findFirst();
    }

    /**
     * The average fill price of an order from the trade book, or zero when it has no fills or the
     * broker keeps no trade book (OpenAlgo shows 0 for unfilled orders too).
     */
    public BigDecimal averageFillPrice(long userId, String orderId) throws BrokerException {
        List<Trade> fills;
        try {
            fills = tradeBook(userId).stream().filter(trade -> trade.orderId().equals(orderId)).toList();
        } catch (BrokerException e) {
            if (e.reason() != BrokerException.Reason.NOT_SUPPORTED) {
                throw e;
            }
            return BigDecimal.ZERO;
        }
        BigDecimal quantity = fills.stream().map(Trade::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (quantity.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal value = fills.stream().map(t -> t.averagePrice().multiply(t.quantity()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return value.divide(quantity, 8, java.math.RoundingMode.HALF_UP);
    }

    /** OpenAlgo's openposition: the signed net quantity of one symbol and product, 0 when none. */
    public BigDecimal openPosition(long userId, String exchange, String symbol, Product product) throws BrokerException {
        return netPosition(positions(userId), exchange, symbol, product);
    }

    /**
     * Squares off every open position: by the broker's own square-off when it has one, otherwise with
     * a MARKET counter-order per open position, keeping its product (OpenAlgo's close_all_positions).
     */
    public List<OrderAck> closePositions(long userId, String strategy) throws BrokerException {
        Optional<PositionCloser> closer = optionalCapability(userId, PositionCloser.class);
        if (closer.isPresent()) {
            return call(userId, adapter -> closer.get().closePositions(strategy));
        }
        List<OrderAck> placed = new ArrayList<>();
        for (Position position : positions(userId)) {
            if (position.quantity().signum() != 0) {
                Action side = position.quantity().signum() > 0 ? Action.SELL : Action.BUY;
                placed.add(placeOrder(userId, new OrderRequest(strategy, position.exchange(), position.symbol(), side,
                        position.quantity().abs(), PriceType.MARKET, position.product(), BigDecimal.ZERO,
                        BigDecimal.ZERO, 0)));
            }
        }
        return placed;
    }

    /**
     * A smart order: reads the current position of the symbol and product and places what brings it
     * to the target ({@link SmartOrderDecision}). Smart orders for the same position run one at a time,
     * as OpenAlgo's per-symbol lock makes them, so two of them never both act on the same stale position.
     */
    public SmartOrderOutcome placeSmartOrder(long userId, SmartOrderRequest request) throws BrokerException {
        String key = userId + "|" + request.exchange() + "|" + request.symbol() + "|" + request.product();
        ReentrantLock lock = smartOrderLocks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        try {
            BigDecimal current = openPosition(userId, request.exchange(), request.symbol(), request.product());
            Optional<SmartOrderDecision> decision = SmartOrderDecision.decide(request.action(), request.quantity(),
                    request.positionSize(), current);
            if (decision.isEmpty()) {
                return new SmartOrderOutcome(Optional.empty());
            }
            OrderRequest order = request.order(decision.get().action(), decision.get().quantity());
            return new SmartOrderOutcome(Optional.of(placeOrder(userId, order)));
        } finally {
            lock.unlock();
        }
    }

    /**
     * A basket: every BUY before any SELL (as OpenAlgo, so margin from the buys' hedges is in place
     * before the sells), each group in concurrent batches of {@value #BASKET_BATCH_SIZE} on the
     * container's managed pool. A refused item is reported, not fatal, as in OpenAlgo.
     */
    public List<BasketItemResult> placeBasket(long userId, List<OrderRequest> orders) {
        List<BasketItemResult> results = new ArrayList<>(orders.size());
        results.addAll(placeConcurrently(userId, orders.stream().filter(o -> o.action() == Action.BUY).toList()));
        results.addAll(placeConcurrently(userId, orders.stream().filter(o -> o.action() == Action.SELL).toList()));
        return results;
    }

    private List<BasketItemResult> placeConcurrently(long userId, List<OrderRequest> group) {
        List<BasketItemResult> results = new ArrayList<>(group.size());
        for (int start = 0; start < group.size(); start += BASKET_BATCH_SIZE) {
            List<OrderRequest> batch = group.subList(start, Math.min(start + BASKET_BATCH_SIZE, group.size()));
            List<Future<BasketItemResult>> running = new ArrayList<>(batch.size());
            batch.forEach(order -> running.add(executor.submit(() -> placeItem(userId, order))));
            for (int i = 0; i < running.size(); i++) {
                results.add(awaitItem(running.get(i), batch.get(i)));
            }
        }
        return results;
    }

    /** One order of a basket or split, its refusal turned into the item's error. */
    public BasketItemResult placeItem(long userId, OrderRequest order) {
        try {
            OrderAck ack = placeOrder(userId, order);
            return new BasketItemResult(order.symbol(), order.action(), order.quantity(), ack.orderId(), null);
        } catch (BrokerException e) {
            return new BasketItemResult(order.symbol(), order.action(), order.quantity(), null, e.getMessage());
        }
    }

    private static BasketItemResult awaitItem(Future<BasketItemResult> running, OrderRequest order) {
        try {
            return running.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BasketItemResult(order.symbol(), order.action(), order.quantity(), null, "Interrupted");
        } catch (ExecutionException e) {
            return new BasketItemResult(order.symbol(), order.action(), order.quantity(), null,
                    "The order could not be placed");
        }
    }

    static BigDecimal netPosition(List<Position> positions, String exchange, String symbol, Product product) {
        return positions.stream()
                .filter(p -> p.exchange().equals(exchange) && p.symbol().equals(symbol) && p.product() == product)
                .map(Position::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A call into the broker. */
    @FunctionalInterface
    private interface BrokerCall<T> {
        T call(BrokerAdapter adapter) throws BrokerException;
    }

    private <T> Optional<T> optionalCapability(long userId, Class<T> type) throws BrokerException {
        try {
            return Optional.of(call(userId, adapter -> adapter.capability(type)));
        } catch (BrokerException e) {
            if (e.reason() == BrokerException.Reason.NOT_SUPPORTED) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Runs a broker call on the broker orders go to now; when the live broker no longer accepts the
     * session (its token was invalidated, say by a login elsewhere), the session ends here too, so the
     * API and the dashboard say so at once instead of failing order by order.
     */
    private <T> T call(long userId, BrokerCall<T> work) throws BrokerException {
        boolean analyze = analyzer.analyzeMode();
        try {
            return work.call(analyze ? brokers.analyzerAdapter() : brokers.activeAdapter());
        } catch (BrokerException e) {
            if (e.reason() == BrokerException.Reason.AUTHENTICATION && !analyze) {
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
