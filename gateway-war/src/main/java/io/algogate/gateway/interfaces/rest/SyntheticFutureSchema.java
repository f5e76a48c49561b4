package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/** OpenAlgo's {@code SyntheticFutureSchema}: underlying, exchange and expiry (DDMMMYY, required). */
record SyntheticFutureSchema(String underlying, String exchange, LocalDate expiry) {

    static final List<String> FIELDS = List.of("apikey", "underlying", "exchange", "expiry_date");

    static SyntheticFutureSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS);
        json.string("apikey", false, 256);
        OptionSymbolSchema.Underlying u = OptionSymbolSchema.Underlying.read(json, false);
        return json.validated(validator, new SyntheticFutureSchema(u.underlying(), u.exchange(), u.expiry()));
    }
}
