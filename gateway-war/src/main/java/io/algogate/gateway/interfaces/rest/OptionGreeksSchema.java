package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.OptionAnalyticsService.GreeksTerms;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * OpenAlgo's {@code OptionGreeksSchema} and {@code MultiOptionGreeksSchema}: an option's symbol on an
 * F&amp;O exchange, optionally its underlying, and the model's settings: {@code interest_rate} in
 * percent (0 to 100, default 0), {@code forward_price} (else the underlying's last price) and
 * {@code expiry_time} {@code HH:MM} IST (else the exchange's close).
 */
record OptionGreeksSchema(
        @Valid Option option,
        @DecimalMin(value = "0", message = OptionChainSchema.RATE_RANGE)
        @DecimalMax(value = "100", message = OptionChainSchema.RATE_RANGE) BigDecimal interestRate,
        @Positive(message = Messages.POSITIVE) BigDecimal forwardPrice,
        LocalTime expiryTime) {

    static final List<String> OPTION_FIELDS = List.of("symbol", "exchange", "underlying_symbol", "underlying_exchange");
    static final List<String> SETTINGS = List.of("apikey", "interest_rate", "expiry_time");
    static final List<String> FIELDS = PlaceOrderSchema.fieldsWith(OPTION_FIELDS,
            PlaceOrderSchema.fieldsWith(SETTINGS, "forward_price").toArray(String[]::new));
    static final String TIME_MESSAGE = "Not a valid time: use HH:MM.";

    /** One option: its symbol and exchange, and where its underlying is quoted if not the default. */
    record Option(String symbol, String exchange, String underlyingSymbol, String underlyingExchange) {

        static Option read(JsonRequest json) {
            return new Option(json.string("symbol", true, 64).orElse(null),
                    json.choice("exchange", true, OpenAlgoEnums.F_AND_O_EXCHANGES).orElse(null),
                    json.string("underlying_symbol", false, 64).orElse(null),
                    json.choice("underlying_exchange", false, OpenAlgoEnums.EXCHANGES).orElse(null));
        }
    }

    /** multioptiongreeks: 1 to 50 options under the same settings (no forward price: each has its own). */
    record Multi(@Size(min = 1, max = 50, message = "Length must be between 1 and 50.") List<@Valid Option> symbols,
            @DecimalMin(value = "0", message = OptionChainSchema.RATE_RANGE)
            @DecimalMax(value = "100", message = OptionChainSchema.RATE_RANGE) BigDecimal interestRate,
            LocalTime expiryTime) {

        static final List<String> FIELDS = PlaceOrderSchema.fieldsWith(SETTINGS, "symbols");

        static Multi parse(String body, Validator validator) {
            JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS).declare(OPTION_FIELDS);
            json.string("apikey", false, 256);
            List<Option> options = json.objects("symbols", true).stream().map(item -> {
                item.allowOnly(OPTION_FIELDS);
                return Option.read(item);
            }).toList();
            return json.validated(validator, new Multi(options, json.decimal("interest_rate", false)
                    .orElse(BigDecimal.ZERO), time(json).orElse(null)));
        }

        GreeksTerms terms(Option option) {
            return new GreeksTerms(interestRate, null, option.underlyingSymbol(), option.underlyingExchange(),
                    expiryTime);
        }
    }

    static OptionGreeksSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        return json.validated(validator, new OptionGreeksSchema(Option.read(json),
                json.decimal("interest_rate", false).orElse(BigDecimal.ZERO),
                json.decimal("forward_price", false).orElse(null), time(json).orElse(null)));
    }

    GreeksTerms terms() {
        return new GreeksTerms(interestRate, forwardPrice, option.underlyingSymbol(), option.underlyingExchange(),
                expiryTime);
    }

    private static Optional<LocalTime> time(JsonRequest json) {
        return json.string("expiry_time", false, 8).flatMap(text -> {
            if (text.matches("\\d{2}:\\d{2}")) {
                try {
                    return Optional.of(LocalTime.parse(text));
                } catch (DateTimeParseException e) {
                    // named below
                }
            }
            json.error("expiry_time", TIME_MESSAGE);
            return Optional.empty();
        });
    }
}
