package io.algogate.broker.spi;

/** Order states, with OpenAlgo's wire strings. */
public enum OrderStatus {
    OPEN("open"),
    TRIGGER_PENDING("trigger pending"),
    COMPLETE("complete"),
    REJECTED("rejected"),
    CANCELLED("cancelled");

    private final String wireName;

    OrderStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The string OpenAlgo's order book uses. */
    public String wireName() {
        return wireName;
    }
}
