package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Market depth with OpenAlgo's fields: the quote figures and up to {@link #LEVELS} bid and ask levels,
 * best first. A broker that gives fewer levels sends fewer; the host pads for OpenAlgo's output.
 */
public record Depth(
        SymbolRef symbol,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal ltp,
        BigDecimal ltq,
        BigDecimal prevClose,
        BigDecimal volume,
        BigDecimal oi,
        BigDecimal totalBuyQuantity,
        BigDecimal totalSellQuantity,
        List<DepthLevel> bids,
        List<DepthLevel> asks) {

    /** The levels a side OpenAlgo's depth shows. */
    public static final int LEVELS = 5;

    public Depth {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(ltp, "ltp");
        Objects.requireNonNull(ltq, "ltq");
        Objects.requireNonNull(prevClose, "prevClose");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(oi, "oi");
        Objects.requireNonNull(totalBuyQuantity, "totalBuyQuantity");
        Objects.requireNonNull(totalSellQuantity, "totalSellQuantity");
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
        if (bids.size() > LEVELS || asks.size() > LEVELS) {
            throw new IllegalArgumentException("at most " + LEVELS + " levels a side");
        }
    }
}
