package io.algogate.broker.spi;

import java.util.Optional;

/** OpenAlgo's price types, with their wire names ({@code SL-M} is not a Java identifier). */
public enum PriceType {
    MARKET("MARKET"),
    LIMIT("LIMIT"),
    STOP_LOSS("SL"),
    STOP_LOSS_MARKET("SL-M");

    private final String wireName;

    PriceType(String wireName) {
        this.wireName = wireName;
    }

    /** The name OpenAlgo's API uses. */
    public String wireName() {
        return wireName;
    }

    /** Looks a wire name up exactly (OpenAlgo's price types are case-sensitive). */
    public static Optional<PriceType> fromWireName(String name) {
        return WireNames.find(values(), PriceType::wireName, name);
    }
}
