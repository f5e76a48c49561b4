package io.algogate.gateway.interfaces.rest;

import java.util.List;

/** OpenAlgo's enumerations as its API spells them (openalgo-behaviour.md 1.3), in its order. */
final class OpenAlgoEnums {

    static final List<String> EXCHANGES = List.of("NSE", "NFO", "CDS", "BSE", "BFO", "BCD", "MCX", "NCDEX",
            "NCO", "NSE_INDEX", "BSE_INDEX", "MCX_INDEX", "GLOBAL_INDEX", "CRYPTO");
    static final List<String> ACTIONS = List.of("BUY", "SELL", "buy", "sell");
    static final List<String> PRICE_TYPES = List.of("MARKET", "LIMIT", "SL", "SL-M");
    static final List<String> PRODUCTS = List.of("MIS", "NRML", "CNC");
    static final String CRYPTO = "CRYPTO";

    private OpenAlgoEnums() {
    }
}
