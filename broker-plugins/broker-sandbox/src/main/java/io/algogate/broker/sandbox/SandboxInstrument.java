package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One instrument of the built-in list.
 *
 * @param underlying     the name whose random walk drives the price (the symbol itself for equities and
 *                       indices, the index for its futures and options)
 * @param referencePrice the price the underlying's walk wanders around
 * @param expiry         null for equities and indices
 * @param strike         null unless an option
 */
record SandboxInstrument(String symbol, String exchange, String underlying, InstrumentType type,
        LocalDate expiry, BigDecimal strike, BigDecimal lotSize, BigDecimal tickSize, BigDecimal referencePrice) {

    SandboxInstrument {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(underlying, "underlying");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lotSize, "lotSize");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(referencePrice, "referencePrice");
    }

    boolean tradable() {
        return type != InstrumentType.INDEX;
    }

    boolean derivative() {
        return expiry != null;
    }

    /** The master row: the sandbox has no broker names of its own, so they are the OpenAlgo ones. */
    Instrument toSpi() {
        return new Instrument(symbol, symbol, exchange, exchange, exchange + ":" + symbol, underlying, expiry,
                strike, lotSize, tickSize, type);
    }
}
