package io.algogate.broker.spi;

/** How much a market stream pushes per tick (OpenAlgo's websocket modes 1, 2 and 3). */
public enum StreamMode {
    /** Last traded price only. */
    LTP,
    /** The full quote. */
    QUOTE,
    /** The quote and five levels of depth. */
    DEPTH
}
