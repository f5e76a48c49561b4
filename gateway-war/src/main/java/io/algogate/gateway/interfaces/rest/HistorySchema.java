package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.SymbolRef;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import java.time.LocalDate;
import java.util.List;

/**
 * OpenAlgo's {@code HistorySchema}: symbol, exchange, interval (its list), start and end dates
 * ({@code YYYY-MM-DD}, both inclusive) and {@code source}: {@code api} (the default, the broker) or
 * {@code db} (OpenAlgo's local Historify store, which this gateway does not have).
 */
record HistorySchema(String symbol, String exchange, Interval interval, LocalDate startDate, LocalDate endDate,
        String source) {

    static final List<String> FIELDS = List.of("apikey", "symbol", "exchange", "interval", "start_date", "end_date",
            "source");
    static final List<String> SOURCES = List.of("api", "db");
    static final String ORDERED_DATES = "Must not be before start_date.";

    static HistorySchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        SymbolRef ref = SymbolQuerySchema.read(json);
        return json.validated(validator, new HistorySchema(ref == null ? null : ref.symbol(),
                ref == null ? null : ref.exchange(),
                json.choice("interval", true, OpenAlgoEnums.INTERVALS).flatMap(Interval::fromWireName).orElse(null),
                json.date("start_date", true).orElse(null), json.date("end_date", true).orElse(null),
                json.choice("source", false, SOURCES).orElse("api")));
    }

    /** Named {@code end_date} in the errors (the component's name, squashed, matches it). */
    @AssertTrue(message = ORDERED_DATES)
    boolean isEndDate() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    HistoryRequest toRequest() {
        return new HistoryRequest(new SymbolRef(exchange, symbol), interval, startDate, endDate);
    }
}
