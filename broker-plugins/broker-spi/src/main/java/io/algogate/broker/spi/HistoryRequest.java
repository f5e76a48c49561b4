package io.algogate.broker.spi;

import java.time.LocalDate;
import java.util.Objects;

/** A request for candles, both dates inclusive and in the exchange's calendar (OpenAlgo's history). */
public record HistoryRequest(SymbolRef symbol, Interval interval, LocalDate startDate, LocalDate endDate) {

    public HistoryRequest {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("endDate must not be before startDate");
        }
    }
}
