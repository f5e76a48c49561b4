package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.SymbolRef;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.List;

/** OpenAlgo's {@code MultiQuotesSchema}: at least one {@code {symbol, exchange}}. */
record MultiQuotesSchema(@Size(min = 1, max = MAX_SYMBOLS, message = SIZE_MESSAGE) List<SymbolRef> symbols) {

    /** A bound OpenAlgo does not set: each symbol may cost the broker a call. */
    static final int MAX_SYMBOLS = 500;
    static final String SIZE_MESSAGE = "Length must be between 1 and 500.";
    static final List<String> FIELDS = List.of("apikey", "symbols");
    static final List<String> ITEM_FIELDS = List.of("symbol", "exchange");

    static MultiQuotesSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS).declare(ITEM_FIELDS);
        json.string("apikey", false, 256);
        List<JsonRequest> items = json.objects("symbols", true);
        List<SymbolRef> symbols = new java.util.ArrayList<>();
        for (JsonRequest item : items) {
            item.allowOnly(ITEM_FIELDS);
            SymbolRef ref = SymbolQuerySchema.read(item);
            if (ref != null) {
                symbols.add(ref);
            }
        }
        json.throwIfInvalid();
        return json.validated(validator, new MultiQuotesSchema(List.copyOf(symbols)));
    }
}
