package io.algogate.broker.sandbox;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.MarketStream;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.OrderUpdate;
import io.algogate.broker.spi.OrderUpdateListener;
import io.algogate.broker.spi.OrderUpdateStream;
import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.Subscription;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.spi.Tick;
import io.algogate.broker.spi.TickListener;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox's pushes: ticks of the {@link RandomWalkFeed} for every subscribed instrument, once per
 * push interval, and an {@link OrderUpdate} for every order change the desk commits (placed, filled,
 * cancelled, rejected).
 *
 * <p>One daemon thread, started by the first subscription and stopped at {@link #close()}, does the
 * pushing. While anyone listens for order updates it also asks the desk to catch up with the clock at
 * each push, because the sandbox otherwise fills resting orders only when a call arrives: without it a
 * LIMIT order's fill would be reported only at the next API call.
 */
final class SandboxStream implements MarketStream, OrderUpdateStream, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SandboxStream.class.getName());

    private final SandboxMarket market;
    private final SandboxMarketDesk desk;
    private final Runnable catchUp;
    private final Duration interval;
    private final boolean ownThread;
    private final List<TickSubscription> tickSubscriptions = new CopyOnWriteArrayList<>();
    private final List<OrderSubscription> orderSubscriptions = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService pusher;
    private ScheduledFuture<?> schedule;

    /**
     * @param catchUp   runs one desk transaction that catches the market up to the clock; the order
     *                  changes it commits come back through {@link #published}
     * @param ownThread false in tests, which call {@link #pushOnce()} themselves instead of waiting
     */
    SandboxStream(SandboxMarket market, SandboxMarketDesk desk, Runnable catchUp, Duration interval,
            boolean ownThread) {
        this.market = Objects.requireNonNull(market, "market");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.catchUp = Objects.requireNonNull(catchUp, "catchUp");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.ownThread = ownThread;
    }

    @Override
    public Subscription subscribe(Set<SymbolRef> symbols, StreamMode mode, TickListener listener)
            throws BrokerException {
        for (SymbolRef symbol : symbols) {
            if (market.find(symbol.exchange(), symbol.symbol()).isEmpty()) {
                throw new BrokerException(BrokerException.Reason.REJECTED, "Unknown symbol " + symbol.exchange()
                        + ":" + symbol.symbol() + ": the sandbox lists only its built-in instruments");
            }
        }
        TickSubscription subscription = new TickSubscription(Set.copyOf(symbols), Objects.requireNonNull(mode),
                Objects.requireNonNull(listener));
        tickSubscriptions.add(subscription);
        startPushing();
        return subscription;
    }

    @Override
    public Subscription subscribe(OrderUpdateListener listener) {
        OrderSubscription subscription = new OrderSubscription(Objects.requireNonNull(listener));
        orderSubscriptions.add(subscription);
        startPushing();
        return subscription;
    }

    /** One push: the order catch-up (if anyone listens for orders), then a tick per subscribed symbol. */
    void pushOnce() {
        if (!orderSubscriptions.isEmpty()) {
            try {
                catchUp.run();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "The sandbox could not catch up for order updates", e);
            }
        }
        for (TickSubscription subscription : tickSubscriptions) {
            for (SymbolRef symbol : subscription.symbols) {
                try {
                    subscription.listener.onTick(tick(symbol, subscription.mode));
                } catch (BrokerException | RuntimeException e) {
                    // One failing listener or symbol must not starve the others of their ticks.
                    LOG.log(System.Logger.Level.WARNING, "A sandbox tick for " + symbol + " was not delivered", e);
                }
            }
        }
    }

    /** Called by the desk after a transaction committed, with the orders it wrote, in writing order. */
    void published(List<SandboxOrder> changed) {
        if (changed.isEmpty() || orderSubscriptions.isEmpty()) {
            return;
        }
        Instant now = market.now();
        for (SandboxOrder order : changed) {
            OrderUpdate update = toUpdate(order, now);
            for (OrderSubscription subscription : orderSubscriptions) {
                try {
                    subscription.listener.onOrderUpdate(update);
                } catch (RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "An order update was not delivered", e);
                }
            }
        }
    }

    Tick tick(SymbolRef symbol, StreamMode mode) throws BrokerException {
        Instant now = market.now();
        return switch (mode) {
            case LTP -> new Tick(symbol, mode, desk.lastPrice(symbol), now, null, null);
            case QUOTE -> {
                var quote = desk.quote(symbol);
                yield new Tick(symbol, mode, quote.ltp(), now, quote, null);
            }
            case DEPTH -> {
                var quote = desk.quote(symbol);
                yield new Tick(symbol, mode, quote.ltp(), now, quote, desk.depth(symbol));
            }
        };
    }

    static OrderUpdate toUpdate(SandboxOrder sandboxOrder, Instant now) {
        Order order = sandboxOrder.order();
        boolean filled = order.status() == OrderStatus.COMPLETE;
        BigDecimal average = filled && sandboxOrder.fillPrice() != null ? sandboxOrder.fillPrice() : BigDecimal.ZERO;
        return new OrderUpdate(order.orderId(), order.exchange(), order.symbol(), order.action(), order.status(),
                order.quantity(), filled ? order.quantity() : BigDecimal.ZERO, average, sandboxOrder.message(), now);
    }

    private synchronized void startPushing() {
        if (!ownThread || pusher != null) {
            return;
        }
        pusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "algogate-sandbox-stream");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        schedule = pusher.scheduleAtFixedRate(this::pushOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        tickSubscriptions.clear();
        orderSubscriptions.clear();
        if (pusher != null) {
            schedule.cancel(false);
            pusher.shutdownNow();
            pusher = null;
        }
    }

    private final class TickSubscription implements Subscription {
        final Set<SymbolRef> symbols;
        final StreamMode mode;
        final TickListener listener;

        TickSubscription(Set<SymbolRef> symbols, StreamMode mode, TickListener listener) {
            this.symbols = symbols;
            this.mode = mode;
            this.listener = listener;
        }

        @Override
        public void close() {
            tickSubscriptions.remove(this);
        }
    }

    private final class OrderSubscription implements Subscription {
        final OrderUpdateListener listener;

        OrderSubscription(OrderUpdateListener listener) {
            this.listener = listener;
        }

        @Override
        public void close() {
            orderSubscriptions.remove(this);
        }
    }
}
