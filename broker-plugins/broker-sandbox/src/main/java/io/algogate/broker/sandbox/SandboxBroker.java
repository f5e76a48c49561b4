package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.CancelAllResult;
import io.algogate.broker.spi.Candle;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.HistorySource;
import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.Depth;
import io.algogate.broker.spi.DepthSource;
import io.algogate.broker.spi.Funds;
import io.algogate.broker.spi.InstrumentSink;
import io.algogate.broker.spi.InstrumentSource;
import io.algogate.broker.spi.MarginCalculator;
import io.algogate.broker.spi.MarginPosition;
import io.algogate.broker.spi.MarginResult;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.QuoteSource;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.spi.FundsSource;
import io.algogate.broker.spi.GttOrder;
import io.algogate.broker.spi.GttOrders;
import io.algogate.broker.spi.GttRequest;
import io.algogate.broker.spi.GttTriggerType;
import io.algogate.broker.spi.Holding;
import io.algogate.broker.spi.HoldingsSource;
import io.algogate.broker.spi.ModifyOrderRequest;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.PositionBookSource;
import io.algogate.broker.spi.PositionCloser;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.Trade;
import io.algogate.broker.spi.TradeBookSource;
import io.algogate.broker.spi.MarketStream;
import io.algogate.broker.spi.OrderUpdateListener;
import io.algogate.broker.spi.OrderUpdateStream;
import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.Subscription;
import io.algogate.broker.spi.TickListener;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The sandbox's trading desk: orders, books and funds over the {@link FillEngine}. Every call runs in
 * one store transaction that first catches the market up to the clock, so concurrent calls are safe
 * and every answer reflects the clock's instant. Refusals are returned from the transaction and thrown
 * after it, so what the transaction wrote (a rejected order, the catch-up) is kept.
 *
 * <p>Market data, instruments and margin need no book; {@link SandboxMarketDesk} answers them.
 *
 * <p>GTTs: placing checks each leg's order as placeorder would (symbol, lot, price, product, CNC
 * holdings) and refuses a GTT whose trigger the last price already reaches (Kite refuses those too);
 * no margin is blocked until a GTT fires ({@link GttTriggers}), when its order goes through the same
 * path as placeorder. Modify replaces the whole GTT under the same id and re-reads the last price.
 */
final class SandboxBroker implements BrokerAdapter, OrderEntry, OrderBookSource, OrderManagement,
        PositionCloser, TradeBookSource, PositionBookSource, HoldingsSource, FundsSource, QuoteSource, DepthSource,
        HistorySource, InstrumentSource, MarginCalculator, GttOrders, MarketStream, OrderUpdateStream {

    private final SandboxMarket market;
    private final SandboxMarketDesk desk;
    private final SandboxOrderStore orders;
    private final FillEngine engine;
    private final SandboxConfig config;
    private final SandboxStream stream;

    /** @param streamThread whether the stream pushes on its own thread (tests push by hand) */
    SandboxBroker(SandboxMarket market, SandboxOrderStore orders, SandboxConfig config, boolean streamThread) {
        this.market = Objects.requireNonNull(market, "market");
        this.desk = new SandboxMarketDesk(market, config);
        this.orders = Objects.requireNonNull(orders, "orders");
        this.config = Objects.requireNonNull(config, "config");
        this.engine = new FillEngine(orders, market, config, new GttTriggers(orders, market, this::placeFiredLeg));
        this.stream = new SandboxStream(market, desk, () -> caughtUp(() -> null),
                Duration.ofMillis(config.streamIntervalMillis()), streamThread);
    }

    /** An order id, or why the call was refused (with the id of the order booked rejected, if one was). */
    private record Outcome(String orderId, String refusal) {

        static Outcome refused(String why) {
            return new Outcome(null, why);
        }

        OrderAck ack() throws BrokerException {
            if (refusal != null) {
                throw new BrokerException(BrokerException.Reason.REJECTED, refusal);
            }
            return new OrderAck(orderId);
        }
    }

    @Override
    public OrderAck placeOrder(OrderRequest request) throws BrokerException {
        return caughtUp(() -> book(request, market.now())).ack();
    }

    /**
     * Places the order as of the instant: the checks, then margin, then entry. An order its margin
     * cannot cover is booked rejected; one the checks refuse is not booked.
     */
    private Outcome book(OrderRequest request, Instant at) {
        Admission admission = admit(request, at);
        if (admission.refusal() != null) {
            return Outcome.refused(admission.refusal());
        }
        String id = orders.nextOrderId(SandboxMarket.tradingDay(at));
        Order order = toOrder(id, request, at);
        FundsLedger funds = engine.ledger();
        if (admission.margin().compareTo(funds.available()) > 0) {
            String why = "Insufficient funds: order " + id + " needs margin " + admission.margin().toPlainString()
                    + ", available " + funds.available().toPlainString();
            orders.save(SandboxOrder.of(order).withStatus(OrderStatus.REJECTED, Money.ZERO, null, why));
            return new Outcome(id, why);
        }
        enter(SandboxOrder.of(order), admission);
        return new Outcome(id, null);
    }

    /**
     * The order of a GTT that fired, placed as placeorder places it; refused, it is still booked, as
     * rejected with the reason, so the firing shows in the order book as it would at a broker.
     */
    private void placeFiredLeg(OrderRequest leg, Instant at, String triggerId) {
        Outcome outcome = book(leg, at);
        if (outcome.orderId() == null) {
            String id = orders.nextOrderId(SandboxMarket.tradingDay(at));
            orders.save(SandboxOrder.of(toOrder(id, leg, at)).withStatus(OrderStatus.REJECTED, Money.ZERO, null,
                    "GTT " + triggerId + " triggered, but its order was refused: " + outcome.refusal()));
        }
    }

    /** Replaces an open order's fields; it keeps its id and placing time, and its margin is re-blocked. */
    @Override
    public OrderAck modifyOrder(ModifyOrderRequest request) throws BrokerException {
        return caughtUp(() -> {
            Optional<SandboxOrder> current = orders.find(request.orderId());
            Optional<String> notOpen = notOpen(request.orderId(), current);
            if (notOpen.isPresent()) {
                return Outcome.refused(notOpen.get());
            }
            Admission admission = admit(request.order(), market.now());
            if (admission.refusal() != null) {
                return Outcome.refused(admission.refusal());
            }
            SandboxOrder old = current.get();
            BigDecimal available = engine.ledger().available().add(old.blockedMargin());
            if (admission.margin().compareTo(available) > 0) {
                return Outcome.refused("Insufficient funds: the modified order needs margin "
                        + admission.margin().toPlainString() + ", available " + available.toPlainString());
            }
            orders.saveFunds(engine.ledger().release(old.blockedMargin()));
            enter(SandboxOrder.of(toOrder(old.id(), request.order(), old.order().placedAt())), admission);
            return new Outcome(old.id(), null);
        }).ack();
    }

    @Override
    public OrderAck cancelOrder(String orderId) throws BrokerException {
        return caughtUp(() -> {
            Optional<SandboxOrder> current = orders.find(orderId);
            Optional<String> notOpen = notOpen(orderId, current);
            if (notOpen.isPresent()) {
                return Outcome.refused(notOpen.get());
            }
            engine.cancel(current.get(), null);
            return new Outcome(orderId, null);
        }).ack();
    }

    /** All in one transaction: either every open order of the strategy is cancelled or none is. */
    @Override
    public CancelAllResult cancelAllOrders(String strategy) {
        List<String> cancelled = caughtUp(() -> {
            List<String> ids = new ArrayList<>();
            for (SandboxOrder order : orders.open()) {
                if (Objects.equals(order.order().strategy(), strategy)) {
                    engine.cancel(order, null);
                    ids.add(order.id());
                }
            }
            return ids;
        });
        return new CancelAllResult(cancelled, Map.of());
    }

    /** Closes every open position, of every product, with market counter-orders at the current tick. */
    @Override
    public List<OrderAck> closePositions(String strategy) {
        List<String> ids = caughtUp(() -> {
            Instant now = market.now();
            long tick = market.tick(now);
            List<String> placed = new ArrayList<>();
            for (SandboxPosition position : orders.positions()) {
                if (position.quantity().signum() != 0) {
                    market.findHeld(position.exchange(), position.symbol(), position.openedOn()).ifPresent(
                            instrument -> placed.add(engine.closeAtMarket(position, instrument, strategy, tick, now)));
                }
            }
            return placed;
        });
        return ids.stream().map(OrderAck::new).toList();
    }

    /** Every order the sandbox has booked, oldest first (not only today's: the book is never purged). */
    @Override
    public List<Order> orderBook() {
        return caughtUp(() -> orders.all().stream().map(SandboxOrder::order).toList());
    }

    @Override
    public List<Trade> trades() {
        return caughtUp(orders::trades);
    }

    /** Positions with P&amp;L = realised + unrealised at the feed's last price (OpenAlgo's pnl). */
    @Override
    public List<Position> positions() {
        return caughtUp(() -> {
            long tick = market.tick(market.now());
            List<Position> book = new ArrayList<>();
            for (SandboxPosition p : orders.positions()) {
                BigDecimal ltp = lastPrice(p, tick);
                book.add(new Position(p.exchange(), p.symbol(), p.product(), p.quantity(),
                        Money.money(p.averagePrice()), ltp, p.realisedPnl().add(p.unrealisedPnl(ltp))));
            }
            return book;
        });
    }

    /**
     * Holdings, kept simple: a CNC long position counts as a holding from the trading day after it was
     * opened (T+1) and stays one while long. It also stays in the position book; there is no separate
     * demat ledger, and selling it is a CNC sell against the position.
     */
    @Override
    public List<Holding> holdings() {
        return caughtUp(() -> {
            long tick = market.tick(market.now());
            LocalDate today = SandboxMarket.tradingDay(market.now());
            List<Holding> holdings = new ArrayList<>();
            for (SandboxPosition p : orders.positions()) {
                if (p.product() == Product.CNC && p.quantity().signum() > 0 && p.openedOn().isBefore(today)) {
                    BigDecimal ltp = lastPrice(p, tick);
                    BigDecimal pnl = p.unrealisedPnl(ltp);
                    BigDecimal invested = p.averagePrice().multiply(p.quantity());
                    BigDecimal percent = invested.signum() == 0 ? Money.ZERO
                            : pnl.multiply(BigDecimal.valueOf(100)).divide(invested, 2, RoundingMode.HALF_UP);
                    holdings.add(new Holding(p.exchange(), p.symbol(), Product.CNC, p.quantity(),
                            Money.money(p.averagePrice()), ltp, pnl, percent));
                }
            }
            return holdings;
        });
    }

    /** The ledger, mapped as {@link FundsLedger} documents, with open positions marked to market. */
    @Override
    public Funds funds() {
        return caughtUp(() -> {
            long tick = market.tick(market.now());
            BigDecimal unrealised = BigDecimal.ZERO;
            for (SandboxPosition p : orders.positions()) {
                if (p.quantity().signum() != 0) {
                    unrealised = unrealised.add(p.unrealisedPnl(lastPrice(p, tick)));
                }
            }
            return engine.ledger().toSpi(unrealised);
        });
    }

    @Override
    public Quote quote(SymbolRef symbol) throws BrokerException {
        return desk.quote(symbol);
    }

    @Override
    public Depth depth(SymbolRef symbol) throws BrokerException {
        return desk.depth(symbol);
    }

    @Override
    public List<Candle> history(HistoryRequest request) throws BrokerException {
        return desk.history(request);
    }

    @Override
    public Set<Interval> intervals() {
        return desk.intervals();
    }

    @Override
    public void streamInstruments(InstrumentSink sink) {
        desk.streamInstruments(sink);
    }

    @Override
    public MarginResult margin(List<MarginPosition> positions) throws BrokerException {
        return desk.margin(positions);
    }

    @Override
    public String placeGttOrder(GttRequest request) throws BrokerException {
        return caughtUp(() -> {
            Instant now = market.now();
            return admitGtt(null, request, now, now);
        }).ack().orderId();
    }

    /** A full replacement under the same id: only the creation time is kept. */
    @Override
    public String modifyGttOrder(String triggerId, GttRequest request) throws BrokerException {
        return caughtUp(() -> {
            Optional<SandboxGtt> current = orders.findGtt(triggerId);
            if (current.isEmpty()) {
                return Outcome.refused(gttNotFound(triggerId));
            }
            return admitGtt(triggerId, request, current.get().createdAt(), market.now());
        }).ack().orderId();
    }

    @Override
    public String cancelGttOrder(String triggerId) throws BrokerException {
        return caughtUp(() -> {
            if (orders.findGtt(triggerId).isEmpty()) {
                return Outcome.refused(gttNotFound(triggerId));
            }
            orders.deleteGtt(triggerId);
            return new Outcome(triggerId, null);
        }).ack().orderId();
    }

    /** The GTTs still active, oldest first: fired, expired and cancelled ones have left the book. */
    @Override
    public List<GttOrder> gttOrderBook() {
        return caughtUp(() -> orders.gtts().stream().map(SandboxGtt::toSpi).toList());
    }

    /**
     * Stores the GTT if each leg's order would be accepted now, it has not expired and the last price
     * does not already reach a trigger. A new GTT ({@code replacedId} null) draws its id only then, so a
     * refusal spends no id.
     */
    private Outcome admitGtt(String replacedId, GttRequest request, Instant createdAt, Instant now) {
        Optional<String> incomplete = SandboxGtt.incomplete(request);
        if (incomplete.isPresent()) {
            return Outcome.refused(incomplete.get());
        }
        Optional<SandboxInstrument> instrument = market.find(request.exchange(), request.symbol());
        SandboxGtt probe = SandboxGtt.placed("unchecked", request, BigDecimal.ZERO, createdAt, now);
        for (SandboxGtt.Trigger trigger : probe.triggers()) {
            Optional<String> invalid = OrderChecks.refusal(trigger.order(), instrument, engine, orders, now);
            if (invalid.isPresent()) {
                return Outcome.refused(invalid.get());
            }
        }
        if (!probe.expiresAt().isAfter(now)) {
            return Outcome.refused("The GTT's expiry " + probe.expiresAt() + " has already passed");
        }
        BigDecimal lastPrice = market.ltp(instrument.get(), market.tick(now));
        Optional<SandboxGtt.Trigger> firesAtOnce = SandboxGtt.placed("unchecked", request, lastPrice, createdAt, now)
                .firedBy(lastPrice);
        if (firesAtOnce.isPresent()) {
            return Outcome.refused("The trigger price " + firesAtOnce.get().price().toPlainString()
                    + " is already reached at the last price " + lastPrice.toPlainString() + " of "
                    + request.exchange() + ":" + request.symbol() + (request.triggerType() == GttTriggerType.OCO
                    ? "; an OCO's stop-loss trigger must be below the last price and its target trigger above it"
                    : "; a SINGLE trigger must differ from the last price"));
        }
        String triggerId = replacedId != null ? replacedId : orders.nextOrderId(SandboxMarket.tradingDay(now));
        orders.saveGtt(SandboxGtt.placed(triggerId, request, lastPrice, createdAt, now));
        return new Outcome(triggerId, null);
    }

    private static String gttNotFound(String triggerId) {
        return "GTT " + triggerId + " was not found among the active GTTs (it may have triggered, expired or been"
                + " cancelled)";
    }

    /** The ledger's buckets, for tests of its invariant. */
    FundsLedger ledger() {
        return caughtUp(engine::ledger);
    }

    @Override
    public Subscription subscribe(Set<SymbolRef> symbols, StreamMode mode, TickListener listener)
            throws BrokerException {
        return stream.subscribe(symbols, mode, listener);
    }

    @Override
    public Subscription subscribe(OrderUpdateListener listener) {
        return stream.subscribe(listener);
    }

    /** The stream, for tests that push by hand. */
    SandboxStream stream() {
        return stream;
    }

    @Override
    public void close() {
        stream.close();
    }

    /** Runs the work after catching up, then reports the orders it changed once they are committed. */
    private <T> T caughtUp(Supplier<T> work) {
        List<SandboxOrder> saved = new ArrayList<>();
        T result = orders.recordingSaves(saved, () -> orders.inTransaction(() -> {
            engine.catchUp();
            return work.get();
        }));
        stream.published(saved);
        return result;
    }

    /**
     * An order that passed the checks, with its instrument, the tick it enters at and the margin it
     * needs; or, with only {@code refusal} set, one that did not.
     */
    private record Admission(SandboxInstrument instrument, long tick, BigDecimal margin, String refusal) {
    }

    private Admission admit(OrderRequest request, Instant now) {
        Optional<SandboxInstrument> instrument = market.find(request.exchange(), request.symbol());
        Optional<String> invalid = OrderChecks.refusal(request, instrument, engine, orders, now);
        if (invalid.isPresent()) {
            return new Admission(null, 0, null, invalid.get());
        }
        long tick = market.tick(now);
        BigDecimal margin = engine.marginNeeded(request.exchange(), request.symbol(), request.product(),
                request.action(), request.quantity(), instrument.get(), referencePrice(request, instrument.get(), tick));
        return new Admission(instrument.get(), tick, margin, null);
    }

    /**
     * Blocks the order's margin and books it; a MARKET order, or a marketable one, fills at once (a
     * MARKET order blocks nothing while waiting: its fill blocks the position's margin).
     */
    private void enter(SandboxOrder order, Admission admission) {
        SandboxOrder waiting = order.order().priceType() == PriceType.MARKET ? order
                : new SandboxOrder(order.order(), admission.margin(), null, null);
        orders.saveFunds(engine.ledger().block(waiting.blockedMargin()));
        orders.save(waiting);
        engine.tryFill(waiting, admission.instrument(), admission.tick());
    }

    private static Order toOrder(String id, OrderRequest request, Instant placedAt) {
        return new Order(id, request.strategy(), request.exchange(), request.symbol(), request.action(),
                request.quantity(), request.priceType(), request.product(), request.price(), request.triggerPrice(),
                initialStatus(request.priceType()), placedAt);
    }

    private BigDecimal lastPrice(SandboxPosition p, long tick) {
        return market.findHeld(p.exchange(), p.symbol(), p.openedOn()).map(i -> market.ltp(i, tick))
                .orElse(Money.money(p.averagePrice()));
    }

    /** The price margin is computed at: the touch for MARKET, the limit for LIMIT and SL, the trigger for SL-M. */
    private BigDecimal referencePrice(OrderRequest request, SandboxInstrument instrument, long tick) {
        return switch (request.priceType()) {
            case MARKET -> request.action() == Action.BUY ? market.ask(instrument, tick) : market.bid(instrument, tick);
            case LIMIT, STOP_LOSS -> request.price();
            case STOP_LOSS_MARKET -> request.triggerPrice();
        };
    }

    private static Optional<String> notOpen(String orderId, Optional<SandboxOrder> order) {
        if (order.isEmpty()) {
            return Optional.of("Order " + orderId + " was not found");
        }
        if (!order.get().isOpen()) {
            return Optional.of("Order " + orderId + " is " + order.get().order().status().wireName()
                    + " and cannot be changed");
        }
        return Optional.empty();
    }

    private static OrderStatus initialStatus(PriceType priceType) {
        return switch (priceType) {
            case MARKET, LIMIT -> OrderStatus.OPEN;
            case STOP_LOSS, STOP_LOSS_MARKET -> OrderStatus.TRIGGER_PENDING;
        };
    }
}
