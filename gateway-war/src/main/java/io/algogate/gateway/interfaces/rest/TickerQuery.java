package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Interval;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GET ticker's path and query ({@code NSE:SBIN}, {@code interval} default {@code D}, {@code from}
 * and {@code to} as {@code YYYY-MM-DD}, {@code format} {@code json} or {@code txt}), read the way the
 * JSON schemas are: every problem collected, one 400 naming them. Ranges are capped as OpenAlgo caps
 * them: 10 years for daily and longer bars, 30 days for intraday ones. Other query parameters
 * ({@code apikey}, OpenAlgo's {@code adjusted} and {@code sort}) are not the schema's business.
 */
record TickerQuery(String exchange, String symbol, Interval interval, LocalDate from, LocalDate to, boolean text) {

    static final List<String> FORMATS = List.of("json", "txt");
    static final long MAX_INTRADAY_DAYS = 30;
    static final long MAX_YEARS = 10;

    static TickerQuery parse(String ticker, MultivaluedMap<String, String> query) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String exchange = null;
        String symbol = null;
        int colon = ticker.indexOf(':');
        if (colon <= 0 || colon == ticker.length() - 1) {
            errors.put("ticker", List.of("Must be <exchange>:<symbol>, e.g. NSE:SBIN."));
        } else if (!OpenAlgoEnums.EXCHANGES.contains(ticker.substring(0, colon))) {
            errors.put("exchange", List.of("Must be one of: " + String.join(", ", OpenAlgoEnums.EXCHANGES) + "."));
        } else {
            exchange = ticker.substring(0, colon);
            symbol = ticker.substring(colon + 1);
        }
        String intervalName = query.getFirst("interval") == null ? "D" : query.getFirst("interval");
        Interval interval = OpenAlgoEnums.INTERVALS.contains(intervalName)
                ? Interval.fromWireName(intervalName).orElse(null) : null;
        if (interval == null) {
            errors.put("interval", List.of("Must be one of: " + String.join(", ", OpenAlgoEnums.INTERVALS) + "."));
        }
        LocalDate from = date(query, "from", errors);
        LocalDate to = date(query, "to", errors);
        String format = query.getFirst("format") == null ? "json" : query.getFirst("format");
        if (!FORMATS.contains(format)) {
            errors.put("format", List.of("Must be one of: json, txt."));
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.put("to", List.of(HistorySchema.ORDERED_DATES.replace("start_date", "from")));
            } else if (interval != null && tooLong(interval, from, to)) {
                errors.put("to", List.of(intraday(interval)
                        ? "Intraday ranges are limited to " + MAX_INTRADAY_DAYS + " days."
                        : "Ranges are limited to " + MAX_YEARS + " years."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiError.validation(errors);
        }
        return new TickerQuery(exchange, symbol, interval, from, to, format.equals("txt"));
    }

    private static boolean intraday(Interval interval) {
        return switch (interval.unit()) {
            case SECONDS, MINUTES, HOURS -> true;
            default -> false;
        };
    }

    private static boolean tooLong(Interval interval, LocalDate from, LocalDate to) {
        return intraday(interval) ? ChronoUnit.DAYS.between(from, to) + 1 > MAX_INTRADAY_DAYS
                : to.isAfter(from.plusYears(MAX_YEARS));
    }

    private static LocalDate date(MultivaluedMap<String, String> query, String name, Map<String, List<String>> errors) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            errors.put(name, List.of(JsonRequest.MISSING));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(name, List.of(JsonRequest.NOT_A_DATE));
            return null;
        }
    }
}
