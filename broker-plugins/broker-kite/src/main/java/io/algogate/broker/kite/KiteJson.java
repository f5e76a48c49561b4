package io.algogate.broker.kite;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerException.Reason;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reading Kite's JSON answers. Two kinds of failure are kept apart: an answer of the wrong shape
 * altogether is a {@link BrokerException} (Kite answered nonsense), while a missing field inside one
 * entry of a list is an {@link IllegalArgumentException}, so the caller can skip that entry and keep
 * the rest of the book.
 */
final class KiteJson {

    /** Kite writes timestamps in India's local time without a zone. */
    static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter KITE_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private KiteJson() {
    }

    static JsonObject object(JsonValue data, String what) throws BrokerException {
        if (data.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BrokerException(Reason.UNAVAILABLE, "Kite's " + what + " answer is not an object");
        }
        return data.asJsonObject();
    }

    static JsonArray array(JsonValue data, String what) throws BrokerException {
        if (data == null || data.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new BrokerException(Reason.UNAVAILABLE, "Kite's " + what + " is not a list");
        }
        return data.asJsonArray();
    }

    /**
     * Maps every entry of a list. An entry the gateway cannot represent (a product such as CO or MTF,
     * a missing field) must not hide the rest of the book, so it is skipped and logged by reason only.
     */
    static <T> List<T> entries(JsonValue data, String what, Function<JsonObject, T> mapper, System.Logger logger)
            throws BrokerException {
        List<T> mapped = new ArrayList<>();
        for (JsonValue entry : array(data, what)) {
            try {
                mapped.add(mapper.apply(entry.asJsonObject()));
            } catch (RuntimeException e) {
                logger.log(System.Logger.Level.WARNING,
                        "Skipped an entry of Kite''s {0} the gateway cannot represent: {1}", what, e.getMessage());
            }
        }
        return mapped;
    }

    static String require(JsonObject object, String key) {
        String value = KiteHttp.string(object, key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return value;
    }

    /** Absent and null numbers are zero, as Kite leaves trigger prices and depth empty when unused. */
    static BigDecimal decimal(JsonObject object, String key) {
        JsonValue value = object == null ? null : object.get(key);
        return value instanceof JsonNumber number ? number.bigDecimalValue() : BigDecimal.ZERO;
    }

    /** A number that must be there: a quantity or price of zero by omission would be a wrong book. */
    static BigDecimal requireDecimal(JsonObject object, String key) {
        if (!(object.get(key) instanceof JsonNumber number)) {
            throw new IllegalArgumentException("missing number " + key);
        }
        return number.bigDecimalValue();
    }

    /**
     * The next moment after {@code now} at which it is {@code time} in India: Kite's daily events (the
     * 06:00 token expiry, the 08:30 instrument list) follow India's clock.
     */
    static Instant nextInIndia(Instant now, LocalTime time) {
        ZonedDateTime india = now.atZone(INDIA);
        ZonedDateTime today = india.with(time);
        return (india.isBefore(today) ? today : today.plusDays(1)).toInstant();
    }

    /** The nested object, or an empty one, so optional blocks (depth, ohlc) read as zeros. */
    static JsonObject child(JsonObject object, String key) {
        return object.get(key) instanceof JsonObject child ? child : JsonValue.EMPTY_JSON_OBJECT;
    }

    static Instant timestamp(String kiteTimestamp) {
        try {
            return LocalDateTime.parse(kiteTimestamp, KITE_TIMESTAMP).atZone(INDIA).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad timestamp " + kiteTimestamp, e);
        }
    }
}
