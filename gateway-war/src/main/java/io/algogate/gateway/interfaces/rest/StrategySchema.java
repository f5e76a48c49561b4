package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Validator;
import java.util.List;

/** OpenAlgo's {@code CancelAllOrderSchema} and {@code ClosePositionSchema}: the {@code strategy} tag, required. */
record StrategySchema(String strategy) {

    static final List<String> FIELDS = List.of("apikey", "strategy");

    static StrategySchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        String strategy = json.string("strategy", true, 256).orElse(null);
        return json.validated(validator, new StrategySchema(strategy));
    }
}
