package io.algogate.broker.spi;

/** OpenAlgo's GTT trigger types. */
public enum GttTriggerType {
    /** One trigger price: a stop-loss or a target. */
    SINGLE,
    /** One-cancels-other: a stop-loss and a target, whichever triggers first. */
    OCO
}
