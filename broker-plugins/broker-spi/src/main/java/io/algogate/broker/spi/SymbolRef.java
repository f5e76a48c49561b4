package io.algogate.broker.spi;

import java.util.Objects;

/**
 * An instrument named the OpenAlgo way: an exchange such as {@code NSE} and a symbol in OpenAlgo's
 * format such as {@code SBIN} or {@code NIFTY28MAR2420800CE}. Plugins map it to their broker's names.
 */
public record SymbolRef(String exchange, String symbol) {

    public SymbolRef {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(symbol, "symbol");
        if (exchange.isBlank() || symbol.isBlank()) {
            throw new IllegalArgumentException("exchange and symbol must not be blank");
        }
    }
}
