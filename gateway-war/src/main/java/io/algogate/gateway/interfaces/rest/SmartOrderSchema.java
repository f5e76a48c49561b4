package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;

/**
 * OpenAlgo's {@code SmartOrderSchema}: placeorder's fields plus the required target
 * {@code position_size} (signed: long above 0, short below, flat at 0); the quantity may be 0.
 */
record SmartOrderSchema(String strategy, @Valid OrderTerms terms, BigDecimal positionSize) {

    static final List<String> FIELDS = PlaceOrderSchema.fieldsWith(OrderTerms.FIELDS, "apikey", "strategy",
            "position_size");

    static SmartOrderSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        String strategy = json.string("strategy", true, 256).orElse(null);
        OrderTerms terms = OrderTerms.read(json, OrderTerms.Rules.SMART);
        BigDecimal positionSize = json.decimal("position_size", true).orElse(null);
        return json.validated(validator, new SmartOrderSchema(strategy, terms, positionSize));
    }
}
