package io.algogate.broker.spi;

/** Kinds of instrument, with OpenAlgo's {@code instrumenttype} names. */
public enum InstrumentType {
    /** Equity and exchange-traded funds. */
    EQ,
    /** Futures. */
    FUT,
    /** Call options. */
    CE,
    /** Put options. */
    PE,
    /** Indices, quoted but not traded. */
    INDEX,
    /** Anything else the broker lists (bonds, baskets, ...), so no row of a master is dropped. */
    OTHER
}
