package io.algogate.broker.spi;

/** The side of an order. */
public enum Action {
    BUY,
    SELL
}
