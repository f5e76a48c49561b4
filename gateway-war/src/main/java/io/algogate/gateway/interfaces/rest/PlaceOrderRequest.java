package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * OpenAlgo's {@code OrderSchema}: the fields of {@code POST /api/v1/placeorder}, their defaults
 * (pricetype MARKET, product MIS, prices 0) and rules. The key itself was checked by the API key
 * filter (which also accepts it in a header), so here it is only an allowed field.
 */
public record PlaceOrderRequest(OrderRequest order) {

    static final List<String> FIELDS = List.of("apikey", "strategy", "exchange", "symbol", "action", "quantity",
            "pricetype", "product", "price", "trigger_price", "disclosed_quantity", "underlying_ltp");

    public static PlaceOrderRequest parse(String body) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        String strategy = json.string("strategy", true, 256).orElse(null);
        String exchange = json.choice("exchange", true, OpenAlgoEnums.EXCHANGES).orElse(null);
        String symbol = json.string("symbol", true, 100).orElse(null);
        String action = json.choice("action", true, OpenAlgoEnums.ACTIONS).orElse(null);
        BigDecimal quantity = json.decimal("quantity", true).orElse(null);
        String priceType = json.choice("pricetype", false, OpenAlgoEnums.PRICE_TYPES).orElse("MARKET");
        String product = json.choice("product", false, OpenAlgoEnums.PRODUCTS).orElse("MIS");
        BigDecimal price = json.decimal("price", false).orElse(BigDecimal.ZERO);
        BigDecimal triggerPrice = json.decimal("trigger_price", false).orElse(BigDecimal.ZERO);
        int disclosed = json.integer("disclosed_quantity", false).orElse(0);
        json.decimal("underlying_ltp", false);

        if (quantity != null && quantity.signum() <= 0) {
            json.error("quantity", "Must be greater than 0.");
        } else if (quantity != null && !OpenAlgoEnums.CRYPTO.equals(exchange) && !isWhole(quantity)) {
            json.error("quantity", "Fractional quantity (" + quantity.toPlainString()
                    + ") is not allowed for non-crypto exchanges.");
        }
        if (price.signum() < 0) {
            json.error("price", "Must be greater than or equal to 0.");
        }
        if (triggerPrice.signum() < 0) {
            json.error("trigger_price", "Must be greater than or equal to 0.");
        }
        if (disclosed < 0) {
            json.error("disclosed_quantity", "Must be greater than or equal to 0.");
        }
        json.throwIfInvalid();

        return new PlaceOrderRequest(new OrderRequest(strategy, exchange, symbol,
                Action.valueOf(action.toUpperCase(Locale.ROOT)), quantity,
                PriceType.fromWireName(priceType).orElseThrow(), Product.valueOf(product), price, triggerPrice,
                disclosed));
    }

    private static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
