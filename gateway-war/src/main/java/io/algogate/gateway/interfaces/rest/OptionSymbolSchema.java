package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.OptionStrikes.OptionType;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * OpenAlgo's {@code OptionSymbolSchema}: the underlying, its exchange, the expiry (DDMMMYY; a future
 * as underlying carries its own), an optional strike interval, the offset and the option type.
 * {@code strategy} is accepted and ignored, as OpenAlgo deprecated it.
 */
record OptionSymbolSchema(
        String underlying,
        String exchange,
        LocalDate expiry,
        @Positive(message = Messages.POSITIVE) Integer strikeInt,
        @Pattern(regexp = "ATM|(ITM|OTM)([1-9]|[1-4][0-9]|50)", message = OptionLegTerms.OFFSET_MESSAGE) String offset,
        OptionType optionType) {

    static final List<String> FIELDS = List.of("apikey", "strategy", "underlying", "exchange", "expiry_date",
            "strike_int", "offset", "option_type");

    static OptionSymbolSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        json.string("strategy", false, 256);
        Underlying u = Underlying.read(json, true);
        return json.validated(validator, new OptionSymbolSchema(u.underlying(), u.exchange(), u.expiry(),
                json.integer("strike_int", false).orElse(null),
                json.string("offset", true, 8).map(o -> o.toUpperCase(Locale.ROOT)).orElse(null),
                json.choice("option_type", true, OptionLegTerms.OPTION_TYPES)
                        .map(t -> OptionType.valueOf(t.toUpperCase(Locale.ROOT))).orElse(null)));
    }

    /** The underlying, its exchange and the expiry, as the option analytics schemas all read them. */
    record Underlying(String underlying, String exchange, LocalDate expiry) {

        static Underlying read(JsonRequest json, boolean futureCarriesExpiry) {
            String underlying = json.string("underlying", true, 64).map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
            String exchange = json.choice("exchange", true, OptionsOrderSchema.UNDERLYING_EXCHANGES).orElse(null);
            LocalDate expiry = OptionLegTerms.expiry(json, "expiry_date").orElse(null);
            if (expiry == null && futureCarriesExpiry && underlying != null) {
                expiry = OptionsOrderSchema.futureExpiry(underlying).orElse(null);
            }
            if (expiry == null && !json.has("expiry_date") && underlying != null) {
                json.error("expiry_date", JsonRequest.MISSING);
            }
            return new Underlying(underlying, exchange, expiry);
        }
    }
}
