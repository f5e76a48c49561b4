package io.algogate.gateway.domain;

import java.util.List;
import java.util.Optional;

/** The instrument master's rows, by generation (see {@link InstrumentRecord}). */
public interface InstrumentRepository {

    /** Writes one batch of a download in its own transaction, so a long download holds no transaction open. */
    void insert(List<InstrumentRecord> batch);

    /** Drops every generation but the one given: the previous master after a switch, or a broken-off download. */
    int deleteAllBut(long keptGeneration);

    long count(long generation);

    /** The instrument of an OpenAlgo symbol on an exchange, in the given generation. */
    Optional<InstrumentRecord> find(long generation, String exchange, String symbol);

    /** The distinct strikes of an underlying's options (by name, expiry and CE/PE type), ascending. */
    List<java.math.BigDecimal> strikes(long generation, String exchange, String name, java.time.LocalDate expiry,
            String instrumentType);

    /**
     * Rows whose symbol or name contains the text (either case), on one exchange or all (null), by
     * symbol, at most {@code limit} of them.
     */
    List<InstrumentRecord> search(long generation, String text, String exchange, int limit);

    /** The distinct expiries of an underlying's contracts of the given types on an exchange, ascending. */
    List<java.time.LocalDate> expiries(long generation, String exchange, String name, List<String> instrumentTypes);

    /** Every row of an exchange, or of all (null), by exchange and symbol. */
    List<InstrumentRecord> list(long generation, String exchange);
}
