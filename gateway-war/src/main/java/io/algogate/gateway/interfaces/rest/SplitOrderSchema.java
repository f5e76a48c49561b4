package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Positive;
import java.util.List;

/** OpenAlgo's {@code SplitOrderSchema}: placeorder's fields, the total {@code quantity} and a positive {@code splitsize}. */
record SplitOrderSchema(String strategy, @Valid OrderTerms terms, @Positive(message = Messages.POSITIVE) Integer splitSize) {

    static final List<String> FIELDS = PlaceOrderSchema.fieldsWith(OrderTerms.FIELDS, "apikey", "strategy",
            "splitsize");

    static SplitOrderSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        String strategy = json.string("strategy", true, 256).orElse(null);
        OrderTerms terms = OrderTerms.read(json, OrderTerms.Rules.DEFAULTS);
        Integer splitSize = json.integer("splitsize", true).orElse(null);
        return json.validated(validator, new SplitOrderSchema(strategy, terms, splitSize));
    }
}
