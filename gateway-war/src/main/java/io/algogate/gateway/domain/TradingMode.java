package io.algogate.gateway.domain;

import java.util.Locale;

/** Where an order request went: the live broker or the analyzer's sandbox. */
public enum TradingMode {
    LIVE,
    ANALYZE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
