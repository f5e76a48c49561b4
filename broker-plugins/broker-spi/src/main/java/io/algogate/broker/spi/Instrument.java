package io.algogate.broker.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the instrument master (OpenAlgo's {@code symtoken}): the OpenAlgo symbol and exchange,
 * the broker's own names and token used to map them, and contract details. {@code expiry} and
 * {@code strike} are null for instruments that have none (OpenAlgo writes 0 or -0.01 there).
 */
public record Instrument(
        String symbol,
        String brokerSymbol,
        String exchange,
        String brokerExchange,
        String token,
        String name,
        LocalDate expiry,
        BigDecimal strike,
        BigDecimal lotSize,
        BigDecimal tickSize,
        InstrumentType instrumentType) {

    public Instrument {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(brokerSymbol, "brokerSymbol");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(brokerExchange, "brokerExchange");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(lotSize, "lotSize");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(instrumentType, "instrumentType");
    }
}
