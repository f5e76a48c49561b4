package io.algogate.gateway.interfaces.web;

import io.algogate.security.filters.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * A dashboard order form as the JSON body an API client would send, so the form is parsed and
 * validated by the API's own schema (D8) and logged as the API's orders are. Only the named fields are
 * copied (the CSRF token and anything else stay out), as strings, which the schemas read as numbers
 * where numbers are due; a blank field is left out, so the schema's default or its "missing" applies.
 */
final class OrderFormJson {

    /** placeorder's fields that the ticket offers. */
    static final List<String> PLACE_FIELDS = List.of("strategy", "exchange", "symbol", "action", "quantity",
            "pricetype", "product", "price", "trigger_price", "disclosed_quantity");
    /** modifyorder's fields: every order field, and the order's id. */
    static final List<String> MODIFY_FIELDS = List.of("strategy", "orderid", "exchange", "symbol", "action",
            "quantity", "pricetype", "product", "price", "trigger_price", "disclosed_quantity");

    private OrderFormJson() {
    }

    static JsonObject of(MultivaluedMap<String, String> form, List<String> fields) {
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder();
        for (String field : fields) {
            String value = form.getFirst(field);
            if (value != null && !value.isBlank()) {
                json.add(field, value.trim());
            }
        }
        return json.build();
    }
}
