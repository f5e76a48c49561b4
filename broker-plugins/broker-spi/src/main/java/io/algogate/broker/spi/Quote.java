package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A snapshot quote with OpenAlgo's fields. Volume and open interest are decimals because crypto
 * quantities are fractional; open interest is zero where the instrument has none.
 */
public record Quote(
        SymbolRef symbol,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal ltp,
        BigDecimal ask,
        BigDecimal bid,
        BigDecimal prevClose,
        BigDecimal volume,
        BigDecimal oi) {

    public Quote {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(ltp, "ltp");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(prevClose, "prevClose");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(oi, "oi");
    }
}
