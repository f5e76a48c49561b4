package io.algogate.broker.spi;

import java.util.List;
import java.util.Set;

/** The capability to give historical candles (OpenAlgo's history and intervals). */
public interface HistorySource {

    /** Candles of the range, oldest first; empty when the broker has none. Never null. */
    List<Candle> history(HistoryRequest request) throws BrokerException;

    /** The intervals this broker serves; {@link #history} refuses others with {@code NOT_SUPPORTED}. */
    Set<Interval> intervals();
}
