package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Validator;
import java.util.List;

/**
 * OpenAlgo's {@code ExpirySchema}: an underlying's name, an F&amp;O exchange and whether the expiries of
 * its {@code futures} or its {@code options} are wanted.
 */
record ExpirySchema(String symbol, String exchange, String instrumentType) {

    static final List<String> FIELDS = List.of("apikey", "symbol", "exchange", "instrumenttype");
    static final List<String> TYPES = List.of("futures", "options");

    static ExpirySchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        return json.validated(validator, new ExpirySchema(json.string("symbol", true, 64).orElse(null),
                json.choice("exchange", true, OpenAlgoEnums.F_AND_O_EXCHANGES).orElse(null),
                json.choice("instrumenttype", true, TYPES).orElse(null)));
    }
}
