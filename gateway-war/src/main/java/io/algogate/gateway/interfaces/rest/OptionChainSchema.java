package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * OpenAlgo's {@code OptionChainSchema}: underlying, exchange, expiry (required), {@code strike_count}
 * 1 to 100 either side of ATM (absent: the whole chain), {@code with_greeks} (default false) and
 * {@code interest_rate} in percent, 0 to 100 (default 0).
 */
record OptionChainSchema(
        String underlying,
        String exchange,
        LocalDate expiry,
        @Min(value = 1, message = RANGE_1_100) @Max(value = 100, message = RANGE_1_100) Integer strikeCount,
        boolean withGreeks,
        @DecimalMin(value = "0", message = RATE_RANGE) @DecimalMax(value = "100", message = RATE_RANGE)
        BigDecimal interestRate) {

    static final String RANGE_1_100 = "Must be greater than or equal to 1 and less than or equal to 100.";
    static final String RATE_RANGE = "Must be greater than or equal to 0 and less than or equal to 100.";
    static final List<String> FIELDS = List.of("apikey", "underlying", "exchange", "expiry_date", "strike_count",
            "with_greeks", "interest_rate");

    static OptionChainSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        OptionSymbolSchema.Underlying u = OptionSymbolSchema.Underlying.read(json, false);
        return json.validated(validator, new OptionChainSchema(u.underlying(), u.exchange(), u.expiry(),
                json.integer("strike_count", false).orElse(null), json.bool("with_greeks", false).orElse(false),
                json.decimal("interest_rate", false).orElse(BigDecimal.ZERO)));
    }
}
