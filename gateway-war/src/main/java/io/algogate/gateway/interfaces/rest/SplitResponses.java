package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.BasketItemResult;
import io.algogate.gateway.application.SplitOrderService;
import io.algogate.security.filters.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A split order's bound and its children in OpenAlgo's shape, for splitorder and the options orders. */
final class SplitResponses {

    private SplitResponses() {
    }

    /** Refuses, naming {@code splitsize}, a split into more children than OpenAlgo's {@code MAX_ORDERS}. */
    static void requireWithinBound(BigDecimal quantity, int splitSize) {
        int children = SplitOrderService.childQuantities(quantity, splitSize).size();
        if (children > SplitOrderService.MAX_CHILD_ORDERS) {
            throw ApiError.validation(Map.of("splitsize", List.of("The split would place " + children
                    + " orders; at most " + SplitOrderService.MAX_CHILD_ORDERS + " are allowed.")));
        }
    }

    /** {@code [{order_num, quantity, orderid, status}]}, or {@code status:"error"} and {@code message}. */
    static JsonArrayBuilder results(List<BasketItemResult> placed) {
        JsonArrayBuilder results = Jsonp.PROVIDER.createArrayBuilder();
        for (int i = 0; i < placed.size(); i++) {
            BasketItemResult child = placed.get(i);
            JsonObjectBuilder row = Jsonp.PROVIDER.createObjectBuilder().add("order_num", i + 1)
                    .add("quantity", ApiResponses.quantity(child.quantity()));
            results.add(child.placed() ? row.add("orderid", child.orderId()).add("status", "success")
                    : row.add("status", "error").add("message", child.error()));
        }
        return results;
    }
}
