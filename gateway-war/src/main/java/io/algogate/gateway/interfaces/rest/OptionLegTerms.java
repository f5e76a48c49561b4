package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.gateway.application.OptionStrikes.OptionType;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one option order asks for, whether it is optionsorder's body or one leg of optionsmultiorder:
 * the strike offset, option type, side, quantity (a whole number of units) and placeorder's price
 * fields, with OpenAlgo's defaults (MARKET, MIS) and products limited to MIS and NRML. The schemas nest
 * it and its fields stay at their own level of the JSON. {@code expiry} is this leg's own expiry when
 * it gives one (calendar spreads), else null.
 */
@ConsistentOrder
record OptionLegTerms(
        @Pattern(regexp = "ATM|(ITM|OTM)([1-9]|[1-4][0-9]|50)", message = OFFSET_MESSAGE) String offset,
        OptionType optionType,
        Action action,
        BigDecimal quantity,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) Integer splitSize,
        LocalDate expiry,
        PriceType priceType,
        Product product,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal price,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal triggerPrice,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) Integer disclosedQuantity) implements OrderFields {

    static final String OFFSET_MESSAGE = "Must be ATM, ITM1 to ITM50 or OTM1 to OTM50.";
    static final String EXPIRY_MESSAGE = "Not a valid expiry date: use DDMMMYY, e.g. 30DEC25.";
    static final List<String> OPTION_TYPES = List.of("CE", "PE", "ce", "pe");
    static final List<String> PRODUCTS = List.of("MIS", "NRML");

    /** The fields of an optionsorder body that describe the order (the rest describe the underlying). */
    static final List<String> FIELDS = List.of("offset", "option_type", "action", "quantity", "splitsize",
            "pricetype", "product", "price", "trigger_price", "disclosed_quantity");
    /** A leg's fields: the same plus its own expiry. */
    static final List<String> LEG_FIELDS = PlaceOrderSchema.fieldsWith(FIELDS, "expiry_date");

    static final DateTimeFormatter EXPIRY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("ddMMMuu").toFormatter(Locale.ENGLISH).withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static OptionLegTerms read(JsonRequest json, boolean ownExpiry) {
        return new OptionLegTerms(
                json.string("offset", true, 8).map(o -> o.toUpperCase(Locale.ROOT)).orElse(null),
                json.choice("option_type", true, OPTION_TYPES).map(t -> OptionType.valueOf(t.toUpperCase(Locale.ROOT)))
                        .orElse(null),
                json.action("action", true).orElse(null),
                json.integer("quantity", true).map(BigDecimal::valueOf).orElse(null),
                json.integer("splitsize", false).orElse(0),
                ownExpiry ? expiry(json, "expiry_date").orElse(null) : null,
                json.priceType("pricetype", false, OpenAlgoEnums.PRICE_TYPES).orElse(PriceType.MARKET),
                json.product("product", false, PRODUCTS).orElse(Product.MIS),
                json.decimal("price", false).orElse(BigDecimal.ZERO),
                json.decimal("trigger_price", false).orElse(BigDecimal.ZERO),
                json.integer("disclosed_quantity", false).orElse(0));
    }

    /** An optional DDMMMYY date (either case); a bad one is named. */
    static Optional<LocalDate> expiry(JsonRequest json, String field) {
        return json.string(field, false, 16).flatMap(text -> {
            if (text.length() == 7) {
                try {
                    return Optional.of(LocalDate.parse(text, EXPIRY));
                } catch (DateTimeParseException e) {
                    // named below
                }
            }
            json.error(field, EXPIRY_MESSAGE);
            return Optional.empty();
        });
    }

    /** Options trade on F&O exchanges; the cross-field rules need no crypto exception. */
    @Override
    public String exchange() {
        return null;
    }

    @Override
    public boolean zeroQuantityAllowed() {
        return false;
    }
}
