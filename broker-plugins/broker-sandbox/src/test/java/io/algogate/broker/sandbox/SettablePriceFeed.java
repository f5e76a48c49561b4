package io.algogate.broker.sandbox;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A feed whose prices the test sets: a price set holds from the clock's tick (1-second ticks) onward,
 * so earlier ticks keep the prices they had, as a real history would; before any, the reference price.
 */
final class SettablePriceFeed implements PriceFeed {

    private final Clock clock;
    private final Map<String, NavigableMap<Long, BigDecimal>> prices = new ConcurrentHashMap<>();

    SettablePriceFeed(Clock clock) {
        this.clock = clock;
    }

    SettablePriceFeed set(String symbol, String price) {
        prices.computeIfAbsent(symbol, s -> new ConcurrentSkipListMap<>())
                .put(clock.instant().getEpochSecond(), new BigDecimal(price));
        return this;
    }

    @Override
    public BigDecimal ltp(SandboxInstrument instrument, long tick) {
        NavigableMap<Long, BigDecimal> history = prices.get(instrument.symbol());
        Map.Entry<Long, BigDecimal> price = history == null ? null : history.floorEntry(tick);
        return price == null ? instrument.referencePrice() : price.getValue();
    }
}
