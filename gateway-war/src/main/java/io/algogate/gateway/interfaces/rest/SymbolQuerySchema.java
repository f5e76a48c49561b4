package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.SymbolRef;
import jakarta.validation.Validator;
import java.util.List;

/**
 * OpenAlgo's {@code QuotesSchema}, {@code DepthSchema} and {@code SymbolSchema}, which are the same:
 * the key, a symbol and its exchange.
 */
record SymbolQuerySchema(String symbol, String exchange) {

    static final List<String> FIELDS = List.of("apikey", "symbol", "exchange");

    static SymbolQuerySchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        return json.validated(validator, new SymbolQuerySchema(read(json)));
    }

    /** The symbol and exchange of a request or of one item of a list, both required. */
    static SymbolRef read(JsonRequest json) {
        String symbol = json.string("symbol", true, 64).orElse(null);
        String exchange = json.choice("exchange", true, OpenAlgoEnums.EXCHANGES).orElse(null);
        return symbol == null || exchange == null ? null : new SymbolRef(exchange, symbol);
    }

    private SymbolQuerySchema(SymbolRef ref) {
        this(ref == null ? null : ref.symbol(), ref == null ? null : ref.exchange());
    }

    SymbolRef ref() {
        return new SymbolRef(exchange, symbol);
    }
}
