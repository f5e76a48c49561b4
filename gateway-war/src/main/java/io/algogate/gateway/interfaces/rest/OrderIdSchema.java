package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Validator;
import java.util.List;

/** OpenAlgo's {@code CancelOrderSchema} and {@code OrderStatusSchema}: {@code strategy} and {@code orderid}, both required. */
record OrderIdSchema(String strategy, String orderId) {

    static final List<String> FIELDS = List.of("apikey", "strategy", "orderid");

    static OrderIdSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        String strategy = json.string("strategy", true, 256).orElse(null);
        String orderId = json.string("orderid", true, 64).orElse(null);
        return json.validated(validator, new OrderIdSchema(strategy, orderId));
    }
}
