package io.algogate.gateway.interfaces.rest;

import java.util.List;

/** OpenAlgo's enumerations as its API spells them (openalgo-behaviour.md 1.3), in its order. */
public final class OpenAlgoEnums {

    public static final List<String> EXCHANGES = List.of("NSE", "NFO", "CDS", "BSE", "BFO", "BCD", "MCX", "NCDEX",
            "NCO", "NSE_INDEX", "BSE_INDEX", "MCX_INDEX", "GLOBAL_INDEX", "CRYPTO");
    static final List<String> ACTIONS = List.of("BUY", "SELL", "buy", "sell");
    static final List<String> PRICE_TYPES = List.of("MARKET", "LIMIT", "SL", "SL-M");
    static final List<String> PRODUCTS = List.of("MIS", "NRML", "CNC");
    static final String CRYPTO = "CRYPTO";
    /** Where futures and options trade ({@code F_AND_O_EXCHANGES} of OpenAlgo's data schemas). */
    static final List<String> F_AND_O_EXCHANGES = List.of("NFO", "BFO", "MCX", "CDS", "NCO", "BCD", "NCDEX", "CRYPTO");
    /** History intervals the schema allows; what a broker serves comes from {@code intervals}. */
    static final List<String> INTERVALS = List.of("1s", "5s", "10s", "15s", "30s", "45s", "1m", "2m", "3m", "5m",
            "10m", "15m", "20m", "30m", "1h", "2h", "3h", "4h", "D", "W", "M", "Q", "Y");

    private OpenAlgoEnums() {
    }
}
