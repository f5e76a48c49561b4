package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Moves the sandbox's market forward: fires GTTs whose triggers the feed reaches ({@link GttTriggers}),
 * fills pending orders when the feed crosses their prices and squares MIS positions off at the
 * configured time. Every method runs inside the caller's store transaction.
 *
 * <p><b>Catching up, lazily.</b> No thread ticks the market. Every call of the adapter first runs
 * {@link #catchUp()}: the ticks from the stored cursor (re-evaluated, so a price set at the current
 * tick counts) to the clock's tick are evaluated in order, with the square-off instants in between
 * processed as events at their tick, and the cursor is stored. In each stretch the GTTs are checked
 * first, so an order a GTT places is then checked for fills from the tick it was placed at. The outcome depends only on the clock,
 * so a restart resumes exactly where the book stood.
 *
 * <p><b>Bound.</b> One catch-up looks at about {@value #MAX_TICKS_PER_ORDER} ticks per open order and GTT,
 * however far the clock moved: over a longer range it samples the ticks at an even stride (always
 * including the last tick of each stretch between square-offs). A clock moved forward by days
 * therefore costs a fixed amount of work per open order (plus a few steps per day for the
 * square-offs), at the price of possibly missing a crossing that lasted less than the stride. Normal
 * use, a call every few seconds, steps every tick.
 */
final class FillEngine {

    static final int MAX_TICKS_PER_ORDER = 5_000;
    static final String SQUARE_OFF_STRATEGY = "sandbox-square-off";

    private final SandboxOrderStore store;
    private final SandboxMarket market;
    private final SandboxConfig config;
    private final GttTriggers gtts;

    FillEngine(SandboxOrderStore store, SandboxMarket market, SandboxConfig config, GttTriggers gtts) {
        this.store = Objects.requireNonNull(store, "store");
        this.market = Objects.requireNonNull(market, "market");
        this.config = Objects.requireNonNull(config, "config");
        this.gtts = Objects.requireNonNull(gtts, "gtts");
    }

    private record Fill(long tick, SandboxOrder order, SandboxInstrument instrument, BigDecimal price) {
    }

    private record SquareOff(String group, Instant at) {
    }

    /** Evaluates every tick up to the clock's, in order, with square-offs in between. */
    void catchUp() {
        Instant now = market.now();
        long nowTick = market.tick(now);
        long from = Math.min(store.cursor().orElse(nowTick), nowTick);
        Instant at = market.instantOf(from);
        long stride = Math.max(1, (nowTick - from) / MAX_TICKS_PER_ORDER + 1);
        while (true) {
            SquareOff next = nextSquareOff(at);
            if (next.at().isAfter(now)) {
                break;
            }
            long squareOffTick = market.tick(next.at());
            gtts.check(from, squareOffTick, stride);
            fillPending(from, squareOffTick, stride);
            squareOff(next.group(), squareOffTick, next.at());
            from = squareOffTick;
            at = next.at();
        }
        gtts.check(from, nowTick, stride);
        fillPending(from, nowTick, stride);
        store.saveCursor(nowTick);
    }

    /** Fills the open orders the feed crosses between the two ticks, each at its first crossing. */
    private void fillPending(long fromTick, long toTick, long stride) {
        List<Fill> fills = new ArrayList<>();
        for (SandboxOrder order : store.open()) {
            firstCrossing(order, fromTick, toTick, stride).ifPresent(fills::add);
        }
        fills.sort(Comparator.comparingLong(Fill::tick).thenComparing(fill -> fill.order().id()));
        for (Fill fill : fills) {
            execute(fill.order(), fill.instrument(), fill.tick(), fill.price());
        }
    }

    private Optional<Fill> firstCrossing(SandboxOrder order, long fromTick, long toTick, long stride) {
        Optional<SandboxInstrument> instrument = held(order.order());
        long start = Math.max(fromTick, market.tick(order.order().placedAt()));
        if (instrument.isEmpty()) {
            return Optional.empty();
        }
        return firstTick(start, toTick, stride, tick -> priceAt(order.order(), instrument.get(), tick)
                .map(price -> new Fill(tick, order, instrument.get(), price)));
    }

    /**
     * The first outcome the ticks from {@code fromTick} to {@code toTick} give, looking at every
     * {@code stride}-th tick and always at the last; empty when none does or the range is empty.
     */
    static <T> Optional<T> firstTick(long fromTick, long toTick, long stride, LongFunction<Optional<T>> atTick) {
        if (fromTick > toTick) {
            return Optional.empty();
        }
        for (long tick = fromTick; ; tick = Math.min(tick + stride, toTick)) {
            Optional<T> outcome = atTick.apply(tick);
            if (outcome.isPresent() || tick == toTick) {
                return outcome;
            }
        }
    }

    /** The fill price of the order at the tick, if the market there fills it. */
    Optional<BigDecimal> priceAt(Order order, SandboxInstrument instrument, long tick) {
        // One feed evaluation a tick: this is the inner loop of catching up.
        BigDecimal ltp = market.ltp(instrument, tick);
        return FillRules.fillPrice(order, ltp, PriceFeed.bidBelow(instrument, ltp), PriceFeed.askAbove(instrument, ltp));
    }

    /** Tries to fill one open order at the tick (a new or modified order, at once if marketable). */
    void tryFill(SandboxOrder order, SandboxInstrument instrument, long tick) {
        priceAt(order.order(), instrument, tick).ifPresent(price -> execute(order, instrument, tick, price));
    }

    /**
     * Executes the whole order at the price: releases its own margin, nets the position, moves the
     * margin and realised P&amp;L in the ledger, records the trade and completes the order.
     */
    void execute(SandboxOrder stored, SandboxInstrument instrument, long tick, BigDecimal price) {
        Order order = stored.order();
        Instant at = later(market.instantOf(tick), order.placedAt());
        LocalDate day = SandboxMarket.tradingDay(at);
        SandboxPosition before = store.position(order.exchange(), order.symbol(), order.product())
                .orElseGet(() -> SandboxPosition.flat(order.exchange(), order.symbol(), order.product(), day));
        BigDecimal signed = order.action() == Action.BUY ? order.quantity() : order.quantity().negate();
        PositionBook.Netting netting = PositionBook.apply(before, signed, price,
                config.leverage(instrument.type(), order.product(), order.action()), day);
        FundsLedger funds = ledger().release(stored.blockedMargin()).release(netting.released())
                .realise(netting.realised()).block(netting.blocked());
        store.savePosition(netting.position());
        store.saveFunds(funds);
        store.save(stored.withStatus(OrderStatus.COMPLETE, Money.ZERO, price, null));
        store.saveTrade(new Trade(order.orderId(), order.exchange(), order.symbol(), order.action(),
                order.product(), order.quantity(), price, Money.money(order.quantity().multiply(price)), at));
    }

    /** Cancels an open order and releases its margin. */
    void cancel(SandboxOrder order, String why) {
        store.saveFunds(ledger().release(order.blockedMargin()));
        store.save(order.withStatus(OrderStatus.CANCELLED, Money.ZERO, null, why));
    }

    /**
     * The margin an order needs: the value of the quantity it would open, at the reference price, over
     * the leverage. A quantity that only reduces the current position needs none (a reversal needs it
     * for the part beyond flat).
     */
    BigDecimal marginNeeded(String exchange, String symbol, Product product, Action action, BigDecimal quantity,
            SandboxInstrument instrument, BigDecimal referencePrice) {
        BigDecimal net = store.position(exchange, symbol, product).map(SandboxPosition::quantity)
                .orElse(BigDecimal.ZERO);
        int side = action == Action.BUY ? 1 : -1;
        BigDecimal opening = net.signum() != 0 && net.signum() != side
                ? quantity.subtract(net.abs()).max(BigDecimal.ZERO) : quantity;
        return Money.margin(opening, referencePrice, config.leverage(instrument.type(), product, action));
    }

    /** Squares one position off with a market counter-order at the tick; returns its id. */
    String closeAtMarket(SandboxPosition position, SandboxInstrument instrument, String strategy, long tick,
            Instant at) {
        Action action = position.quantity().signum() > 0 ? Action.SELL : Action.BUY;
        String id = store.nextOrderId(SandboxMarket.tradingDay(at));
        SandboxOrder order = SandboxOrder.of(new Order(id, strategy, position.exchange(), position.symbol(), action,
                position.quantity().abs(), PriceType.MARKET, position.product(), BigDecimal.ZERO, BigDecimal.ZERO,
                OrderStatus.OPEN, at));
        store.save(order);
        execute(order, instrument, tick, action == Action.BUY ? market.ask(instrument, tick)
                : market.bid(instrument, tick));
        return id;
    }

    FundsLedger ledger() {
        return store.funds(config.startingCapital());
    }

    Optional<SandboxInstrument> held(Order order) {
        return market.findHeld(order.exchange(), order.symbol(), SandboxMarket.tradingDay(order.placedAt()));
    }

    /** Whether MIS orders on the exchange are refused at the instant: from square-off to midnight IST. */
    boolean pastSquareOff(String exchange, Instant at) {
        LocalTime time = config.squareOffTime(exchange);
        return time != null && !at.atZone(SandboxMarket.EXCHANGE_ZONE).toLocalTime().isBefore(time);
    }

    private void squareOff(String group, long tick, Instant at) {
        String why = "Cancelled by the MIS square-off at " + config.squareOffTimeByGroup().get(group) + " IST";
        for (SandboxOrder order : store.open()) {
            if (order.order().product() == Product.MIS && inGroup(order.order().exchange(), group)) {
                cancel(order, why);
            }
        }
        for (SandboxPosition position : store.positions()) {
            if (position.product() == Product.MIS && position.quantity().signum() != 0
                    && inGroup(position.exchange(), group)) {
                market.findHeld(position.exchange(), position.symbol(), position.openedOn()).ifPresent(
                        instrument -> closeAtMarket(position, instrument, SQUARE_OFF_STRATEGY, tick, at));
            }
        }
    }

    private SquareOff nextSquareOff(Instant after) {
        SquareOff next = null;
        LocalDate day = SandboxMarket.tradingDay(after);
        for (Map.Entry<String, LocalTime> group : config.squareOffTimeByGroup().entrySet()) {
            Instant candidate = day.atTime(group.getValue()).atZone(SandboxMarket.EXCHANGE_ZONE).toInstant();
            if (!candidate.isAfter(after)) {
                candidate = day.plusDays(1).atTime(group.getValue()).atZone(SandboxMarket.EXCHANGE_ZONE).toInstant();
            }
            if (next == null || candidate.isBefore(next.at())) {
                next = new SquareOff(group.getKey(), candidate);
            }
        }
        return next;
    }

    private static boolean inGroup(String exchange, String group) {
        return group.equals(SandboxConfig.GROUP_BY_EXCHANGE.get(exchange));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
