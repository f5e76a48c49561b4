package io.algogate.broker.spi;

/** OpenAlgo's product types. */
public enum Product {
    /** Cash and carry: delivery equity. */
    CNC,
    /** Normal: carry-forward derivatives. */
    NRML,
    /** Margin intraday square-off. */
    MIS
}
