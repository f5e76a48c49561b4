package io.algogate.broker.sandbox;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Depth;
import io.algogate.broker.spi.DepthLevel;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.Candle;
import io.algogate.broker.spi.InstrumentSink;
import io.algogate.broker.spi.MarginPosition;
import io.algogate.broker.spi.MarginResult;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.SymbolRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import io.algogate.broker.spi.Interval;

/**
 * What the sandbox answers from the feed and the instrument list alone, without the book: quotes,
 * depth, history ({@link SandboxHistory}), the instrument master and basket margins.
 */
final class SandboxMarketDesk {

    private static final LocalTime OPEN = LocalTime.of(9, 15);
    private static final LocalTime CLOSE = LocalTime.of(15, 30);
    /** Ticks sampled between the open and now for the day's high and low. */
    private static final int HIGH_LOW_SAMPLES = 64;

    private final SandboxMarket market;
    private final SandboxConfig config;
    private final SandboxHistory history;

    SandboxMarketDesk(SandboxMarket market, SandboxConfig config) {
        this.market = Objects.requireNonNull(market, "market");
        this.config = Objects.requireNonNull(config, "config");
        this.history = new SandboxHistory(market);
    }

    /** Candles of the walk for one of today's instruments. */
    List<Candle> history(HistoryRequest request) throws BrokerException {
        return history.history(request, instrument(request.symbol()));
    }

    Set<Interval> intervals() {
        return history.intervals();
    }

    /**
     * The quote at the clock's tick. Open is the price at 09:15 IST, previous close the price at the
     * previous day's 15:30; high and low are sampled from the open to now, so they are approximate.
     * The feed has no volume or open interest: both are zero.
     */
    Quote quote(SymbolRef symbol) throws BrokerException {
        SandboxInstrument instrument = instrument(symbol);
        Instant now = market.now();
        long tick = market.tick(now);
        LocalDate today = SandboxMarket.tradingDay(now);
        long openTick = Math.min(tick, market.tick(today.atTime(OPEN).atZone(SandboxMarket.EXCHANGE_ZONE).toInstant()));
        SandboxMarket.Bar session = market.bar(instrument, openTick, tick, HIGH_LOW_SAMPLES);
        BigDecimal prevClose = market.ltp(instrument,
                market.tick(today.minusDays(1).atTime(CLOSE).atZone(SandboxMarket.EXCHANGE_ZONE).toInstant()));
        return new Quote(symbol, session.open(), session.high(), session.low(), session.close(),
                market.ask(instrument, tick), market.bid(instrument, tick), prevClose, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The last traded price at the clock's tick: what an LTP stream pushes, without a quote's sampling. */
    BigDecimal lastPrice(SymbolRef symbol) throws BrokerException {
        return market.ltp(instrument(symbol), market.tick(market.now()));
    }

    /** Five levels a side, one tick apart from the touch, with a lot or more waiting at each. */
    Depth depth(SymbolRef symbol) throws BrokerException {
        SandboxInstrument instrument = instrument(symbol);
        Quote quote = quote(symbol);
        List<DepthLevel> bids = new ArrayList<>();
        List<DepthLevel> asks = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int level = 0; level < Depth.LEVELS; level++) {
            BigDecimal away = instrument.tickSize().multiply(BigDecimal.valueOf(level));
            BigDecimal quantity = instrument.lotSize().multiply(BigDecimal.valueOf(10L * (level + 1)));
            bids.add(new DepthLevel(quote.bid().subtract(away).max(instrument.tickSize()), quantity));
            asks.add(new DepthLevel(quote.ask().add(away), quantity));
            total = total.add(quantity);
        }
        return new Depth(symbol, quote.open(), quote.high(), quote.low(), quote.ltp(), BigDecimal.ZERO,
                quote.prevClose(), BigDecimal.ZERO, BigDecimal.ZERO, total, total, bids, asks);
    }

    /** The built-in list of the clock's trading day. */
    void streamInstruments(InstrumentSink sink) {
        market.instruments().all().forEach(instrument -> sink.accept(instrument.toSpi()));
        sink.done();
    }

    /**
     * The basket's margin as the sandbox would block it: each position's value at its price (the
     * trigger when there is no price, the last price when neither is set) over its leverage. It is
     * all "span"; the sandbox has no exposure margin and gives no hedge benefit.
     */
    MarginResult margin(List<MarginPosition> positions) throws BrokerException {
        long tick = market.tick(market.now());
        BigDecimal total = Money.ZERO;
        for (MarginPosition position : positions) {
            SandboxInstrument instrument = instrument(new SymbolRef(position.exchange(), position.symbol()));
            BigDecimal price = position.price().signum() > 0 ? position.price()
                    : position.triggerPrice().signum() > 0 ? position.triggerPrice() : market.ltp(instrument, tick);
            total = total.add(Money.margin(position.quantity(), price,
                    config.leverage(instrument.type(), position.product(), position.action())));
        }
        return new MarginResult(total, total, Money.ZERO, null);
    }

    private SandboxInstrument instrument(SymbolRef symbol) throws BrokerException {
        return market.find(symbol.exchange(), symbol.symbol()).orElseThrow(() -> new BrokerException(
                BrokerException.Reason.REJECTED, "Unknown symbol " + symbol.exchange() + ":" + symbol.symbol()
                + ": the sandbox lists only its built-in instruments"));
    }
}
