package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.GttRequest;
import io.algogate.broker.spi.GttTriggerType;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import jakarta.validation.Validator;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * OpenAlgo's {@code PlaceGTTOrderSchema} and {@code ModifyGTTOrderSchema} (modify is the same fields
 * plus {@code trigger_id}, a full replacement). Unknown fields are dropped, not refused
 * ({@code unknown = EXCLUDE}); empty strings in the optional fields mean not set (0 for the trigger
 * prices, null for {@code stoploss}, {@code target} and {@code expires_at}). The rules: product NRML or
 * CNC only, quantity above 0 (whole unless CRYPTO), pricetype LIMIT (the default) or MARKET, price
 * required and not negative; SINGLE has exactly one of {@code triggerprice_sl} and
 * {@code triggerprice_tg} above 0; OCO has all four of {@code triggerprice_sl}, {@code stoploss},
 * {@code triggerprice_tg} and {@code target}, with {@code triggerprice_sl} below {@code triggerprice_tg}
 * ({@link ConsistentGtt}).
 *
 * @param triggerId null for placegttorder
 */
@ConsistentGtt
record GttOrderSchema(
        String strategy,
        String triggerId,
        GttTriggerType triggerType,
        String exchange,
        String symbol,
        Action action,
        Product product,
        BigDecimal quantity,
        PriceType priceType,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal price,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal triggerpriceSl,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal triggerpriceTg,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal stoploss,
        @PositiveOrZero(message = Messages.NOT_NEGATIVE) BigDecimal target,
        Instant expiresAt) {

    static final List<String> PLACE_FIELDS = List.of("apikey", "strategy", "trigger_type", "exchange", "symbol",
            "action", "product", "quantity", "pricetype", "price", "triggerprice_sl", "triggerprice_tg", "stoploss",
            "target", "expires_at");
    static final List<String> MODIFY_FIELDS = PlaceOrderSchema.fieldsWith(PLACE_FIELDS, "trigger_id");
    static final List<String> TRIGGER_TYPES = List.of("SINGLE", "OCO");
    static final List<String> PRODUCTS = List.of("CNC", "NRML");
    static final List<String> PRICE_TYPES = List.of("LIMIT", "MARKET");
    static final String NO_MIS = "GTT orders support only CNC and NRML products; MIS is not allowed.";
    static final String NOT_A_DATETIME = "Not a valid datetime.";
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    static GttOrderSchema parsePlace(String body, Validator validator) {
        return parse(body, validator, false);
    }

    static GttOrderSchema parseModify(String body, Validator validator) {
        return parse(body, validator, true);
    }

    private static GttOrderSchema parse(String body, Validator validator, boolean modify) {
        JsonRequest json = JsonRequest.parse(body).declare(modify ? MODIFY_FIELDS : PLACE_FIELDS);
        json.string("apikey", false, 256);
        String strategy = json.string("strategy", true, 256).orElse(null);
        String triggerId = modify ? json.string("trigger_id", true, 64).orElse(null) : null;
        GttTriggerType triggerType = json.string("trigger_type", true, 64)
                .map(text -> text.toUpperCase(Locale.ROOT))
                .filter(type -> TRIGGER_TYPES.contains(type) || refuse(json, "trigger_type",
                        "Must be one of: " + String.join(", ", TRIGGER_TYPES) + "."))
                .map(GttTriggerType::valueOf).orElse(null);
        String exchange = json.choice("exchange", true, OpenAlgoEnums.EXCHANGES).orElse(null);
        String symbol = json.string("symbol", true, 100).orElse(null);
        Action action = json.action("action", true).orElse(null);
        Product product = product(json);
        BigDecimal quantity = json.decimal("quantity", true).orElse(null);
        PriceType priceType = json.priceType("pricetype", false, PRICE_TYPES).orElse(PriceType.LIMIT);
        BigDecimal price = json.decimal("price", true).orElse(null);
        BigDecimal triggerSl = optionalNumber(json, "triggerprice_sl").orElse(BigDecimal.ZERO);
        BigDecimal triggerTg = optionalNumber(json, "triggerprice_tg").orElse(BigDecimal.ZERO);
        BigDecimal stoploss = optionalNumber(json, "stoploss").orElse(null);
        BigDecimal target = optionalNumber(json, "target").orElse(null);
        Instant expiresAt = expiresAt(json);
        return json.validated(validator, new GttOrderSchema(strategy, triggerId, triggerType, exchange, symbol, action,
                product, quantity, priceType, price, triggerSl, triggerTg, stoploss, target, expiresAt));
    }

    /** The request for the broker; call only on a validated schema. */
    GttRequest toGttRequest() {
        return new GttRequest(strategy, triggerType, exchange, symbol, action, product, quantity, priceType, price,
                triggerpriceSl, triggerpriceTg, stoploss, target, expiresAt);
    }

    /** NRML or CNC; MIS gets OpenAlgo's explicit message, anything else the list. */
    private static Product product(JsonRequest json) {
        return json.string("product", true, 64).filter(text -> {
            if (PRODUCTS.contains(text)) {
                return true;
            }
            return refuse(json, "product", "MIS".equals(text) ? NO_MIS
                    : "Must be one of: " + String.join(", ", PRODUCTS) + ".");
        }).map(Product::valueOf).orElse(null);
    }

    /** An optional number where an empty string means not set, as OpenAlgo's pre-load hook has it. */
    private static Optional<BigDecimal> optionalNumber(JsonRequest json, String field) {
        return json.isEmptyString(field) ? Optional.empty() : json.decimal(field, false);
    }

    /**
     * {@code expires_at}: an ISO-8601 date-time with an offset, or a local date-time or date taken in IST
     * (a date alone expires at its end); empty means never.
     */
    private static Instant expiresAt(JsonRequest json) {
        if (json.isEmptyString("expires_at")) {
            return null;
        }
        Optional<String> text = json.string("expires_at", false, 64).map(String::trim);
        if (text.isEmpty()) {
            return null;
        }
        String value = text.get();
        List<java.util.function.Function<String, Instant>> readers = new ArrayList<>();
        readers.add(v -> OffsetDateTime.parse(v).toInstant());
        readers.add(v -> LocalDateTime.parse(v).atZone(IST).toInstant());
        readers.add(v -> LocalDateTime.parse(v, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")).atZone(IST).toInstant());
        readers.add(v -> LocalDate.parse(v).plusDays(1).atStartOfDay(IST).toInstant());
        for (java.util.function.Function<String, Instant> reader : readers) {
            try {
                return reader.apply(value);
            } catch (DateTimeParseException e) {
                // Try the next form.
            } catch (DateTimeException e) {
                break;
            }
        }
        json.error("expires_at", NOT_A_DATETIME);
        return null;
    }

    private static boolean refuse(JsonRequest json, String field, String message) {
        json.error(field, message);
        return false;
    }
}
