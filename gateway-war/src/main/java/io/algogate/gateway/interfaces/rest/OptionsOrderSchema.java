package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenAlgo's {@code OptionsOrderSchema}: the underlying (an index such as {@code NIFTY} on NSE_INDEX,
 * an equity on NSE, or a future such as {@code NIFTY30DEC25FUT} on NFO, which carries its own expiry),
 * the options' expiry (DDMMMYY, required unless the underlying carries one), an optional strike
 * interval, and the order's terms ({@link OptionLegTerms}).
 */
record OptionsOrderSchema(
        String strategy,
        String underlying,
        String exchange,
        LocalDate expiry,
        @Positive(message = Messages.POSITIVE) Integer strikeInt,
        @Valid OptionLegTerms terms) {

    /** Where an options order's underlying is quoted (OpenAlgo in practice). */
    static final List<String> UNDERLYING_EXCHANGES = List.of("NSE_INDEX", "BSE_INDEX", "NSE", "BSE", "NFO", "BFO");
    static final List<String> UNDERLYING_FIELDS = List.of("apikey", "strategy", "underlying", "exchange",
            "expiry_date", "strike_int");
    static final List<String> FIELDS = PlaceOrderSchema.fieldsWith(OptionLegTerms.FIELDS,
            UNDERLYING_FIELDS.toArray(String[]::new));

    /** A future's symbol: its root and expiry, {@code NIFTY30DEC25FUT}. */
    private static final Pattern FUTURE = Pattern.compile("(.+?)(\\d{2}[A-Z]{3}\\d{2})FUT");

    static OptionsOrderSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        Underlying u = Underlying.read(json);
        OptionLegTerms terms = OptionLegTerms.read(json, false);
        if (u.expiry() == null && u.underlying() != null && !json.has("expiry_date")) {
            json.error("expiry_date", JsonRequest.MISSING);
        }
        return json.validated(validator, new OptionsOrderSchema(u.strategy(), u.underlying(), u.exchange(),
                u.expiry(), u.strikeInt(), terms));
    }

    /** The fields optionsorder and optionsmultiorder share, read from the top level of the body. */
    record Underlying(String strategy, String underlying, String exchange, LocalDate expiry, Integer strikeInt) {
        static Underlying read(JsonRequest json) {
            json.string("apikey", false, 256);
            String strategy = json.string("strategy", true, 256).orElse(null);
            String underlying = json.string("underlying", true, 64).map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
            String exchange = json.choice("exchange", true, UNDERLYING_EXCHANGES).orElse(null);
            LocalDate expiry = OptionLegTerms.expiry(json, "expiry_date")
                    .or(() -> underlying == null ? Optional.empty() : futureExpiry(underlying)).orElse(null);
            Integer strikeInt = json.integer("strike_int", false).orElse(null);
            return new Underlying(strategy, underlying, exchange, expiry, strikeInt);
        }
    }

    /** The expiry a future's symbol carries. */
    static Optional<LocalDate> futureExpiry(String symbol) {
        Matcher m = FUTURE.matcher(symbol);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(2), OptionLegTerms.EXPIRY));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The root name of an underlying: {@code NIFTY} for {@code NIFTY30DEC25FUT}, else itself. */
    static String root(String underlying) {
        Matcher m = FUTURE.matcher(underlying);
        return m.matches() ? m.group(1) : underlying;
    }
}
