package io.algogate.gateway.interfaces.rest;

import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * OpenAlgo's {@code OptionsMultiOrderSchema}: optionsorder's underlying fields and 1 to 20 legs, each
 * an {@link OptionLegTerms} that may carry its own {@code expiry_date} (errors name them
 * {@code legs[1].offset}).
 */
record OptionsMultiOrderSchema(
        String strategy,
        String underlying,
        String exchange,
        LocalDate expiry,
        @Positive(message = Messages.POSITIVE) Integer strikeInt,
        @Size(min = 1, max = MAX_LEGS, message = "Length must be between 1 and 20.") List<@Valid OptionLegTerms> legs) {

    static final int MAX_LEGS = 20;
    static final List<String> FIELDS = PlaceOrderSchema.fieldsWith(List.of("legs"),
            OptionsOrderSchema.UNDERLYING_FIELDS.toArray(String[]::new));

    static OptionsMultiOrderSchema parse(String body, Validator validator) {
        JsonRequest json = JsonRequest.parse(body).allowOnly(FIELDS).declare(OptionLegTerms.LEG_FIELDS);
        OptionsOrderSchema.Underlying u = OptionsOrderSchema.Underlying.read(json);
        List<JsonRequest> items = json.objects("legs", true);
        List<OptionLegTerms> legs = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonRequest item = items.get(i).allowOnly(OptionLegTerms.LEG_FIELDS);
            OptionLegTerms leg = OptionLegTerms.read(item, true);
            if (leg.expiry() == null && u.expiry() == null && u.underlying() != null && !item.has("expiry_date")
                    && !json.has("expiry_date")) {
                item.error("expiry_date", JsonRequest.MISSING);
            }
            legs.add(leg);
        }
        return json.validated(validator, new OptionsMultiOrderSchema(u.strategy(), u.underlying(), u.exchange(),
                u.expiry(), u.strikeInt(), legs));
    }
}
