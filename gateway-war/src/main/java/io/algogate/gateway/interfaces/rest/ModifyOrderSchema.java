package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.ModifyOrderRequest;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.List;

/** OpenAlgo's {@code ModifyOrderSchema}: every order field is required, plus the {@code orderid}. */
public record ModifyOrderSchema(String strategy, String orderId, @Valid OrderTerms terms) {

    static final List<String> FIELDS = PlaceOrderSchema.fieldsWith(OrderTerms.FIELDS, "apikey", "strategy",
            "orderid");

    static ModifyOrderSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        String strategy = json.string("strategy", true, 256).orElse(null);
        String orderId = json.string("orderid", true, 64).orElse(null);
        OrderTerms terms = OrderTerms.read(json, OrderTerms.Rules.ALL_REQUIRED);
        return json.validated(validator, new ModifyOrderSchema(strategy, orderId, terms));
    }

    /**
     * The modification a modifyorder body asks for, parsed and validated exactly as the API does; for
     * the dashboard's modify form.
     *
     * @throws ApiError with status 400 for a body the API would refuse
     */
    public static ModifyOrderRequest modifyRequest(String body, Validator validator) {
        return parse(body, validator).toModifyOrderRequest();
    }

    ModifyOrderRequest toModifyOrderRequest() {
        return new ModifyOrderRequest(orderId, terms.toOrderRequest(strategy));
    }
}
