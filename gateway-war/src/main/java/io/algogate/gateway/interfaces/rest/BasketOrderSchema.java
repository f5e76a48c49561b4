package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * OpenAlgo's {@code BasketOrderSchema}: a strategy and a list of orders, each validated as placeorder's
 * fields are (errors name them {@code orders[2].quantity}). The 100-item bound is this gateway's: one
 * request must not become an unbounded burst of broker calls.
 */
record BasketOrderSchema(
        String strategy,
        @Size(min = 1, max = BasketOrderSchema.MAX_ORDERS, message = "Length must be between 1 and 100.")
        List<@Valid OrderTerms> orders) {

    static final int MAX_ORDERS = 100;
    static final List<String> FIELDS = List.of("apikey", "strategy", "orders");

    static BasketOrderSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS).declare(OrderTerms.FIELDS);
        json.string("apikey", false, 256);
        String strategy = json.string("strategy", true, 256).orElse(null);
        List<OrderTerms> orders = json.objects("orders", true).stream()
                .map(item -> OrderTerms.read(item.allowOnly(OrderTerms.FIELDS), OrderTerms.Rules.DEFAULTS))
                .toList();
        return json.validated(validator, new BasketOrderSchema(strategy, orders));
    }
}
