package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Depth;
import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentSink;
import io.algogate.broker.spi.InstrumentType;
import io.algogate.broker.spi.MarginPosition;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.tck.InMemoryDurableStore;
import io.algogate.broker.tck.MutableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The built-in instruments, the deterministic feed, quotes, depth, margin and the bound on catching up. */
class SandboxMarketTest {

    @Test
    void instrumentsUseOpenAlgoSymbolsAndTuesdayExpiries() {
        // Thursday 4 December 2025: weekly expiry Tuesday 9 December, monthly Tuesday 30 December.
        SandboxInstruments list = SandboxInstruments.on(LocalDate.of(2025, 12, 4));
        SandboxInstrument future = list.find("NFO", "NIFTY30DEC25FUT").orElseThrow();
        assertEquals(new BigDecimal("75"), future.lotSize());
        assertEquals(LocalDate.of(2025, 12, 30), future.expiry());
        assertTrue(list.find("NFO", "BANKNIFTY27JAN26FUT").isPresent(), "next month's future");
        SandboxInstrument call = list.find("NFO", "NIFTY09DEC2524000CE").orElseThrow();
        assertEquals(InstrumentType.CE, call.type());
        assertEquals(new BigDecimal("24000"), call.strike());
        assertTrue(list.find("NFO", "NIFTY09DEC2522000PE").isPresent(), "forty strikes of 50 below");
        assertTrue(list.find("NFO", "NIFTY09DEC2526000CE").isPresent(), "forty strikes of 50 above");
        assertTrue(list.find("NFO", "NIFTY09DEC2521950PE").isEmpty(), "and no more");
        assertTrue(list.find("NFO", "BANKNIFTY30DEC2553000PE").isPresent(), "BANKNIFTY's chain is monthly");
        assertTrue(list.find("NSE_INDEX", "NIFTY").isPresent());
        assertTrue(list.find("NSE", "RELIANCE").isPresent());
        assertEquals(LocalDate.of(2026, 1, 27), SandboxInstruments.monthlyExpiry(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void theMasterIsStreamedThenMarkedDone() {
        Sandbox sandbox = new Sandbox();
        List<Instrument> received = new ArrayList<>();
        boolean[] done = {false};
        sandbox.broker.streamInstruments(new InstrumentSink() {
            @Override
            public void accept(Instrument instrument) {
                assertFalse(done[0], "nothing after done()");
                received.add(instrument);
            }

            @Override
            public void done() {
                done[0] = true;
            }
        });
        assertTrue(done[0]);
        assertEquals(SandboxInstruments.on(LocalDate.of(2026, 12, 4)).all().size(), received.size());
        assertTrue(received.stream().anyMatch(i -> i.symbol().equals("NIFTY29DEC26FUT")));
    }

    @Test
    void unknownSymbolsAndIndicesAreRefused() {
        Sandbox sandbox = new Sandbox();
        BrokerException unknown = assertThrows(BrokerException.class, () -> sandbox.broker.placeOrder(
                Sandbox.order("NOSUCH", Action.BUY, 1, PriceType.MARKET, Product.MIS, "0", "0")));
        assertTrue(unknown.getMessage().contains("Unknown symbol NSE:NOSUCH"), unknown.getMessage());
        assertThrows(BrokerException.class, () -> sandbox.broker.placeOrder(new io.algogate.broker.spi.OrderRequest(
                "t", "NSE_INDEX", "NIFTY", Action.BUY, BigDecimal.ONE, PriceType.MARKET, Product.MIS, BigDecimal.ZERO,
                BigDecimal.ZERO, 0)));
        BrokerException lot = assertThrows(BrokerException.class, () -> sandbox.broker.placeOrder(
                Sandbox.order("NIFTY29DEC26FUT", Action.BUY, 50, PriceType.MARKET, Product.NRML, "0", "0")));
        assertTrue(lot.getMessage().contains("lot size 75"), lot.getMessage());
        assertTrue(sandbox.broker.orderBook().isEmpty(), "refused before an id was given");
    }

    @Test
    void theRandomWalkIsAPureFunctionOfSeedSymbolAndTick() {
        SandboxInstrument sbin = SandboxInstruments.on(LocalDate.of(2026, 12, 4)).find("NSE", "SBIN").orElseThrow();
        RandomWalkFeed feed = new RandomWalkFeed(7, 1, 0.012);
        long start = 1_796_360_000L;
        List<BigDecimal> prices = LongStream.range(start, start + 2000).mapToObj(t -> feed.ltp(sbin, t)).toList();

        assertEquals(prices, LongStream.range(start, start + 2000)
                .mapToObj(t -> new RandomWalkFeed(7, 1, 0.012).ltp(sbin, t)).toList(), "a restart sees the same");
        assertNotEquals(prices, LongStream.range(start, start + 2000)
                .mapToObj(t -> new RandomWalkFeed(8, 1, 0.012).ltp(sbin, t)).toList(), "another seed differs");
        assertTrue(prices.stream().distinct().count() > 20, "it moves");
        for (BigDecimal price : prices) {
            assertEquals(0, price.remainder(sbin.tickSize()).signum(), () -> price + " is on the tick");
            assertTrue(price.compareTo(new BigDecimal("600")) > 0 && price.compareTo(new BigDecimal("1000")) < 0,
                    () -> price + " stays near the reference 800");
        }
        // Consecutive seconds move by a few ticks at most, as a walk does.
        for (int i = 1; i < prices.size(); i++) {
            assertTrue(prices.get(i).subtract(prices.get(i - 1)).abs().compareTo(new BigDecimal("2")) < 0);
        }
    }

    @Test
    void optionsArePricedFromTheirUnderlying() {
        SandboxInstruments list = SandboxInstruments.on(LocalDate.of(2026, 12, 4));
        RandomWalkFeed feed = new RandomWalkFeed(1, 1, 0.012);
        long tick = TestTicks.DEC_4_2026_1030_IST;
        BigDecimal deepCall = feed.ltp(list.find("NFO", "NIFTY08DEC2623500CE").orElseThrow(), tick);
        BigDecimal farCall = feed.ltp(list.find("NFO", "NIFTY08DEC2624500CE").orElseThrow(), tick);
        BigDecimal index = feed.ltp(list.find("NSE_INDEX", "NIFTY").orElseThrow(), tick);
        assertTrue(deepCall.compareTo(index.subtract(new BigDecimal("23500"))) >= 0, "at least intrinsic");
        assertTrue(deepCall.compareTo(farCall) > 0, "a lower strike call is dearer");
    }

    @Test
    void quotesAndDepthComeFromTheFeed() throws Exception {
        Sandbox sandbox = new Sandbox();
        sandbox.feed.set("SBIN", "800");
        Quote quote = sandbox.broker.quote(new SymbolRef("NSE", "SBIN"));
        assertEquals(new BigDecimal("800"), quote.ltp());
        assertEquals(new BigDecimal("799.95"), quote.bid());
        assertEquals(new BigDecimal("800.05"), quote.ask());
        Depth depth = sandbox.broker.depth(new SymbolRef("NSE", "SBIN"));
        assertEquals(Depth.LEVELS, depth.bids().size());
        assertEquals(new BigDecimal("799.75"), depth.bids().get(4).price());
        assertEquals(new BigDecimal("800.25"), depth.asks().get(4).price());
        assertThrows(BrokerException.class, () -> sandbox.broker.quote(new SymbolRef("NSE", "NOSUCH")));
    }

    @Test
    void basketMarginFollowsLeverage() throws Exception {
        Sandbox sandbox = new Sandbox();
        sandbox.feed.set("SBIN", "800");
        var result = sandbox.broker.margin(List.of(
                new MarginPosition("NSE", "SBIN", Action.BUY, new BigDecimal("10"), Product.MIS, PriceType.MARKET,
                        BigDecimal.ZERO, BigDecimal.ZERO),
                new MarginPosition("NFO", "NIFTY29DEC26FUT", Action.SELL, new BigDecimal("75"), Product.NRML,
                        PriceType.LIMIT, new BigDecimal("24000"), BigDecimal.ZERO)));
        // 10 x 800 / 5 + 75 x 24000 / 10
        assertEquals(new BigDecimal("181600.00"), result.totalMarginRequired());
    }

    /** A clock moved a year ahead with orders waiting is caught up in bounded time. */
    @Test
    void catchingUpAYearIsBounded() throws Exception {
        MutableClock clock = Sandbox.clockAtIst("2026-12-04T10:30:00");
        SandboxBroker broker = SandboxBrokerPlugin.create(clock, new InMemoryDurableStore(), SandboxConfig.defaults(),
                new RandomWalkFeed(1, 1, 0.012));
        for (int i = 0; i < 20; i++) {
            broker.placeOrder(Sandbox.order("INFY", Action.BUY, 1, PriceType.LIMIT, Product.NRML, "1", "0"));
        }
        clock.advance(Duration.ofDays(365));
        assertTimeoutPreemptively(Duration.ofSeconds(10), broker::orderBook);
        assertEquals(20, broker.orderBook().stream().filter(o -> o.price().compareTo(BigDecimal.ONE) == 0).count());
    }
}
