package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.application.StrategyDefinition;
import io.algogate.gateway.domain.IntradayWindow;
import io.algogate.gateway.domain.StrategyTradingMode;
import io.algogate.gateway.domain.SymbolMapping;
import io.algogate.gateway.interfaces.rest.JsonRequest;
import io.algogate.gateway.interfaces.rest.OrderVocabulary;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Positive;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The admin's strategy body, read in the API's two phases (D8), with OpenAlgo's field names and
 * defaults: {@code name}; {@code trading_mode} LONG (default), SHORT or BOTH; {@code is_intraday}
 * (default true) with {@code start_time}, {@code end_time}, {@code squareoff_time} as {@code HH:MM} in
 * India's time (defaults 09:15, 15:00, 15:15; start before end, end not after square-off);
 * {@code is_active} (default true); {@code symbols}, a list of {@code {symbol, exchange, quantity,
 * product}} with each symbol once. Unknown fields are refused.
 */
public record StrategyDefinitionSchema(String name, StrategyTradingMode tradingMode, IntradayWindow window, boolean active,
        List<@Valid MappingSchema> symbols) {

    static final List<String> FIELDS = List.of("name", "trading_mode", "is_intraday", "start_time", "end_time",
            "squareoff_time", "is_active", "symbols");
    public static final List<String> MODES = List.of("LONG", "SHORT", "BOTH");
    public static final LocalTime DEFAULT_START = LocalTime.of(9, 15);
    public static final LocalTime DEFAULT_END = LocalTime.of(15, 0);
    public static final LocalTime DEFAULT_SQUARE_OFF = LocalTime.of(15, 15);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** One symbol mapping: what a webhook naming {@code symbol} trades. */
    public record MappingSchema(String symbol, String exchange, @Positive(message = "Must be greater than 0.") Integer quantity,
            String product) {

        static final List<String> FIELDS = List.of("symbol", "exchange", "quantity", "product");

        static MappingSchema read(JsonRequest json) {
            json.allowOnly(FIELDS);
            return new MappingSchema(json.string("symbol", true, 100).orElse(null),
                    json.choice("exchange", true, OrderVocabulary.exchanges()).orElse(null),
                    json.integer("quantity", true).orElse(null),
                    json.choice("product", true, OrderVocabulary.products()).orElse(null));
        }

        public static MappingSchema parse(String body, Validator validator) {
            JsonRequest json = JsonRequest.parse(body);
            return json.validated(validator, read(json));
        }

        public SymbolMapping toMapping() {
            return new SymbolMapping(symbol, exchange, quantity, product);
        }
    }

    public static StrategyDefinitionSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        String name = json.string("name", true, 100).orElse(null);
        StrategyTradingMode mode = json.choice("trading_mode", false, MODES).map(StrategyTradingMode::valueOf)
                .orElse(StrategyTradingMode.LONG);
        boolean intraday = json.bool("is_intraday", false).orElse(true);
        Optional<LocalTime> start = time(json, "start_time", DEFAULT_START);
        Optional<LocalTime> end = time(json, "end_time", DEFAULT_END);
        Optional<LocalTime> squareOff = time(json, "squareoff_time", DEFAULT_SQUARE_OFF);
        boolean active = json.bool("is_active", false).orElse(true);
        List<MappingSchema> symbols = new ArrayList<>();
        for (JsonRequest item : json.objects("symbols", false)) {
            symbols.add(MappingSchema.read(item));
        }
        Set<String> seen = new HashSet<>();
        if (symbols.stream().map(MappingSchema::symbol).filter(symbol -> symbol != null).anyMatch(symbol -> !seen.add(symbol))) {
            json.error("symbols", "Each symbol may be mapped once.");
        }
        IntradayWindow window = null;
        if (intraday && start.isPresent() && end.isPresent() && squareOff.isPresent()) {
            // Across fields, so named here: Bean Validation would blame the record, not a field.
            if (!start.get().isBefore(end.get())) {
                json.error("end_time", "Must be after start_time.");
            } else if (end.get().isAfter(squareOff.get())) {
                json.error("squareoff_time", "Must not be before end_time.");
            } else {
                window = new IntradayWindow(start.get(), end.get(), squareOff.get());
            }
        }
        return json.validated(validator, new StrategyDefinitionSchema(name, mode, window, active, symbols));
    }

    public StrategyDefinition toDefinition() {
        return new StrategyDefinition(name, tradingMode, window, active,
                symbols.stream().map(MappingSchema::toMapping).toList());
    }

    private static Optional<LocalTime> time(JsonRequest json, String field, LocalTime fallback) {
        if (!json.has(field)) {
            return Optional.of(fallback);
        }
        Optional<String> text = json.string(field, true, 5);
        try {
            return text.map(value -> LocalTime.parse(value, HH_MM));
        } catch (DateTimeParseException e) {
            json.error(field, "Not a valid time: use HH:MM.");
            return Optional.empty();
        }
    }
}
