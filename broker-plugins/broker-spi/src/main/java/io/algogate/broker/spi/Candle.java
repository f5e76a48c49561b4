package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One bar of history. {@code timestamp} is the bar's start as an instant, so brokers that shift daily
 * bars (Zerodha's +5:30) are corrected in the plugin; {@code oi} is zero when unknown, as in OpenAlgo.
 */
public record Candle(
        Instant timestamp,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal volume,
        BigDecimal oi) {

    public Candle {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(close, "close");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(oi, "oi");
    }
}
