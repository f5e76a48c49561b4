package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One pushed market update. What it carries follows the subscription's {@link StreamMode}:
 * {@code quote} is null in {@code LTP} mode and {@code depth} is null except in {@code DEPTH} mode.
 */
public record Tick(SymbolRef symbol, StreamMode mode, BigDecimal ltp, Instant timestamp, Quote quote, Depth depth) {

    public Tick {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(ltp, "ltp");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
