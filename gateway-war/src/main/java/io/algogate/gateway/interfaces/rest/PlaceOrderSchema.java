package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * OpenAlgo's {@code OrderSchema}: {@code POST /api/v1/placeorder}. The key itself was checked by the
 * API key filter (which also accepts it in a header), so here it is only an allowed field;
 * {@code underlying_ltp} is accepted and ignored, as OpenAlgo uses it only inside optionsorder.
 */
public record PlaceOrderSchema(String strategy, @Valid OrderTerms terms) {

    static final List<String> FIELDS = fieldsWith(OrderTerms.FIELDS, "apikey", "strategy", "underlying_ltp");

    static PlaceOrderSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        String strategy = json.string("strategy", true, 256).orElse(null);
        OrderTerms terms = OrderTerms.read(json, OrderTerms.Rules.DEFAULTS);
        json.decimal("underlying_ltp", false);
        return json.validated(validator, new PlaceOrderSchema(strategy, terms));
    }

    /**
     * The order a placeorder body asks for, parsed and validated exactly as the API does; for the
     * bench profile's bare endpoint, which must do the same work without the filter chain.
     *
     * @throws ApiError with status 400 for a body the API would refuse
     */
    public static io.algogate.broker.spi.OrderRequest orderRequest(String body, Validator validator) {
        PlaceOrderSchema order = parse(body, validator);
        return order.terms().toOrderRequest(order.strategy());
    }

    /** A schema's own fields followed by the shared ones. */
    static List<String> fieldsWith(List<String> shared, String... own) {
        List<String> fields = new ArrayList<>(List.of(own));
        fields.addAll(shared);
        return List.copyOf(fields);
    }
}
