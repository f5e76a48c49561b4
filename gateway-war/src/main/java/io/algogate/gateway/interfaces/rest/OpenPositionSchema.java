package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Product;
import jakarta.validation.Validator;
import java.util.List;

/**
 * OpenAlgo's {@code OpenPositionSchema}: {@code strategy}, {@code symbol}, {@code exchange} (not checked
 * against the exchange list there, so not here either) and {@code product}.
 */
record OpenPositionSchema(String strategy, String exchange, String symbol, Product product) {

    static final List<String> FIELDS = List.of("apikey", "strategy", "exchange", "symbol", "product");

    static OpenPositionSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        String strategy = json.string("strategy", true, 256).orElse(null);
        String exchange = json.string("exchange", true, 20).orElse(null);
        String symbol = json.string("symbol", true, 100).orElse(null);
        Product product = json.product("product", true, OpenAlgoEnums.PRODUCTS).orElse(null);
        return json.validated(validator, new OpenPositionSchema(strategy, exchange, symbol, product));
    }
}
