package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.SymbolMapping;
import io.algogate.security.filters.Jsonp;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * The strategy pages' forms as the admin API's JSON bodies, so one schema
 * ({@code StrategyDefinitionSchema}) validates both and the rules cannot drift apart. Fields are
 * passed as typed (strings, checkboxes as booleans); the schema decides what is valid.
 */
final class StrategyForm {

    static final String NAME = "name";
    static final String MODE = "trading_mode";
    static final String INTRADAY = "is_intraday";
    static final String ACTIVE = "is_active";
    static final List<String> TIMES = List.of("start_time", "end_time", "squareoff_time");
    static final List<String> MAPPING_FIELDS = List.of("symbol", "exchange", "quantity", "product");

    private StrategyForm() {
    }

    /**
     * The definition body. {@code mappings} are the strategy's current ones (an update keeps them:
     * they have their own form); on create, a symbol typed into the form is the first mapping.
     */
    static String definition(MultivaluedMap<String, String> form, List<SymbolMapping> mappings) {
        JsonObjectBuilder body = Jsonp.PROVIDER.createObjectBuilder();
        putText(body, form, NAME);
        putText(body, form, MODE);
        boolean intraday = form.containsKey(INTRADAY);
        body.add(INTRADAY, intraday).add(ACTIVE, form.containsKey(ACTIVE));
        if (intraday) {
            TIMES.forEach(field -> putText(body, form, field));
        }
        JsonArrayBuilder symbols = Jsonp.PROVIDER.createArrayBuilder();
        mappings.forEach(mapping -> symbols.add(Jsonp.PROVIDER.createObjectBuilder().add("symbol", mapping.getSymbol())
                .add("exchange", mapping.getExchange()).add("quantity", mapping.getQuantity())
                .add("product", mapping.getProduct())));
        if (hasText(form, "symbol")) {
            symbols.add(mapping(form));
        }
        return body.add("symbols", symbols).build().toString();
    }

    /** One symbol mapping's body. */
    static String mappingBody(MultivaluedMap<String, String> form) {
        return mapping(form).build().toString();
    }

    private static JsonObjectBuilder mapping(MultivaluedMap<String, String> form) {
        JsonObjectBuilder mapping = Jsonp.PROVIDER.createObjectBuilder();
        MAPPING_FIELDS.forEach(field -> putText(mapping, form, field));
        return mapping;
    }

    /** An empty field counts as not sent, so the schema's default (or its "required") applies. */
    private static void putText(JsonObjectBuilder body, MultivaluedMap<String, String> form, String field) {
        if (hasText(form, field)) {
            body.add(field, form.getFirst(field).strip());
        }
    }

    private static boolean hasText(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value != null && !value.isBlank();
    }
}
