package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Funds;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.tck.InMemoryDurableStore;
import io.algogate.broker.tck.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The capital invariant after every event of a random sequence of 1,000 orders over the default
 * random-walk feed: starting capital + realised P&amp;L = available + used margin, and used margin is
 * exactly what open orders and positions hold. The sequence mixes every price type, side and product
 * over equities, futures and options, with cancels, closes and the clock moving (square-offs included).
 */
class SandboxCapitalInvariantTest {

    private static final List<String> SYMBOLS = List.of("SBIN", "ITC", "RELIANCE", "NIFTY29DEC26FUT",
            "NIFTY08DEC2624000CE", "NIFTY08DEC2623800PE", "BANKNIFTY29DEC26FUT");

    /** One step: an order (or a cancel or close), then the clock moves. */
    record Step(int kind, String symbol, Action action, int lots, PriceType type, Product product, int offsetTicks,
            int seconds) {
    }

    @Property(tries = 8, edgeCases = EdgeCasesMode.NONE)
    void capitalAddsUpAfterEveryEvent(@ForAll("steps") List<Step> steps, @ForAll("seeds") long seed)
            throws Exception {
        MutableClock clock = Sandbox.clockAtIst("2026-12-04T09:30:00");
        InMemoryDurableStore store = new InMemoryDurableStore();
        SandboxConfig config = SandboxConfig.from(Map.of("starting-capital", "5000000", "feed.seed",
                Long.toString(seed)));
        SandboxBroker broker = SandboxBrokerPlugin.create(clock, store, config,
                new RandomWalkFeed(seed, 1, 0.012));
        Sandbox check = new Sandbox(clock, store, broker);
        for (Step step : steps) {
            apply(broker, step);
            check.assertMoneyAddsUp();
            clock.advance(Duration.ofSeconds(step.seconds()));
        }
        Funds funds = broker.funds();
        FundsLedger ledger = broker.ledger();
        assertEquals(ledger.available(), funds.availableCash());
        assertEquals(ledger.usedMargin(), funds.utilisedDebits());
        assertEquals(ledger.realisedPnl(), funds.m2mRealized());
        // Not vacuous: across the tries, the sequences really traded, were refused and realised P&L
        // (checked as coverage over all tries, so a shrunk sample is judged on the invariant alone).
        List<Order> book = broker.orderBook();
        Statistics.label("traded").collect(broker.trades().size() > 100);
        Statistics.label("rejected").collect(book.stream().anyMatch(o -> o.status() == OrderStatus.REJECTED));
        Statistics.label("cancelled").collect(book.stream().anyMatch(o -> o.status() == OrderStatus.CANCELLED));
        Statistics.label("realised").collect(ledger.realisedPnl().signum() != 0);
        for (String label : List.of("traded", "rejected", "cancelled", "realised")) {
            Statistics.label(label).coverage(coverage -> coverage.check(true).percentage(p -> p >= 75));
        }
    }

    private static void apply(SandboxBroker broker, Step step) throws Exception {
        try {
            switch (step.kind()) {
                case 0 -> {
                    List<Order> open = broker.orderBook().stream().filter(o -> o.status().wireName().equals("open")
                            || o.status().wireName().equals("trigger pending")).toList();
                    if (!open.isEmpty()) {
                        broker.cancelOrder(open.get(step.lots() % open.size()).orderId());
                    }
                }
                case 1 -> broker.closePositions("close");
                default -> broker.placeOrder(order(broker, step));
            }
        } catch (BrokerException refused) {
            // Rejections (funds, CNC sells without holdings, MIS after square-off) are events too.
        }
    }

    private static OrderRequest order(SandboxBroker broker, Step step) throws Exception {
        SandboxInstrument instrument = SandboxInstruments.on(java.time.LocalDate.of(2026, 12, 4)).all().stream()
                .filter(i -> i.symbol().equals(step.symbol())).findFirst().orElseThrow();
        BigDecimal ltp = broker.quote(new io.algogate.broker.spi.SymbolRef(instrument.exchange(), step.symbol()))
                .ltp();
        BigDecimal away = instrument.tickSize().multiply(BigDecimal.valueOf(step.offsetTicks()));
        BigDecimal price = ltp.add(away).max(instrument.tickSize());
        BigDecimal trigger = ltp.subtract(away).max(instrument.tickSize());
        Product product = instrument.derivative() && step.product() == Product.CNC ? Product.NRML : step.product();
        return new OrderRequest("prop", instrument.exchange(), step.symbol(), step.action(),
                instrument.lotSize().multiply(BigDecimal.valueOf(step.lots())), step.type(), product,
                step.type() == PriceType.MARKET || step.type() == PriceType.STOP_LOSS_MARKET ? BigDecimal.ZERO : price,
                step.type() == PriceType.MARKET || step.type() == PriceType.LIMIT ? BigDecimal.ZERO : trigger, 0);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.of(SYMBOLS),
                Arbitraries.of(Action.class),
                Arbitraries.integers().between(1, 40),
                Arbitraries.of(PriceType.class),
                Arbitraries.of(Product.class),
                Arbitraries.integers().between(-40, 40),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(0, 120)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(3600, 40_000))))
                .as(Step::new);
        return step.list().ofSize(1000);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
