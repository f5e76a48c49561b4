package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Validator;
import java.util.List;

/** OpenAlgo's {@code SearchSchema}: the text to find and, optionally, the exchange to look in. */
record SearchSchema(String query, String exchange) {

    static final List<String> FIELDS = List.of("apikey", "query", "exchange");

    static SearchSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        return json.validated(validator, new SearchSchema(json.string("query", true, 64).map(String::trim).orElse(null),
                json.choice("exchange", false, OpenAlgoEnums.EXCHANGES).orElse(null)));
    }
}
