package io.algogate.gateway.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first phase of reading a JSON request (D8): the body as a {@link JsonObject}, then field by field
 * into typed values, collecting every problem (unknown field, missing field, wrong type, bad number,
 * bad enum) so one response names them all. Numbers may arrive as JSON numbers or numeric strings,
 * as OpenAlgo's clients send them. Messages are marshmallow's, which OpenAlgo's clients know.
 */
public final class JsonRequest {

    static final String MISSING = "Missing data for required field.";
    static final String UNKNOWN = "Unknown field.";
    static final String NOT_A_STRING = "Not a valid string.";
    static final String NOT_A_NUMBER = "Not a valid number.";
    static final String NOT_AN_INTEGER = "Not a valid integer.";

    private final JsonObject json;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private JsonRequest(JsonObject json) {
        this.json = json;
    }

    /** Parses a body that must be a JSON object; anything else is a 400 in the error shape. */
    public static JsonRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.of(400, "Request body must be a JSON object");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiError.validation(Map.of("_schema", List.of("Invalid input type.")));
            }
            return new JsonRequest(value.asJsonObject());
        } catch (JsonException | IllegalStateException e) {
            throw ApiError.of(400, "Malformed JSON in request body");
        }
    }

    /** Records every field not in the schema as unknown (OpenAlgo's schemas refuse them). */
    public JsonRequest allowOnly(Collection<String> fields) {
        Set<String> allowed = Set.copyOf(fields);
        json.keySet().stream().filter(key -> !allowed.contains(key)).forEach(key -> error(key, UNKNOWN));
        return this;
    }

    public Optional<String> string(String field, boolean required, int maxLength) {
        JsonValue value = json.get(field);
        if (absent(value)) {
            if (required) {
                error(field, MISSING);
            }
            return Optional.empty();
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            error(field, NOT_A_STRING);
            return Optional.empty();
        }
        String text = ((JsonString) value).getString();
        if (required && text.isEmpty() || text.length() > maxLength) {
            error(field, "Length must be between " + (required ? 1 : 0) + " and " + maxLength + ".");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A string that must be one of the choices, exactly. */
    public Optional<String> choice(String field, boolean required, List<String> choices) {
        return string(field, required, 64).filter(value -> {
            if (choices.contains(value)) {
                return true;
            }
            error(field, "Must be one of: " + String.join(", ", choices) + ".");
            return false;
        });
    }

    /** A number sent as a JSON number or a numeric string. */
    public Optional<BigDecimal> decimal(String field, boolean required) {
        JsonValue value = json.get(field);
        if (absent(value)) {
            if (required) {
                error(field, MISSING);
            }
            return Optional.empty();
        }
        try {
            BigDecimal number = switch (value.getValueType()) {
                case NUMBER -> ((JsonNumber) value).bigDecimalValue();
                case STRING -> new BigDecimal(((JsonString) value).getString().trim());
                default -> throw new NumberFormatException();
            };
            if (number.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                error(field, "Number is out of range.");
                return Optional.empty();
            }
            return Optional.of(number);
        } catch (NumberFormatException e) {
            error(field, NOT_A_NUMBER);
            return Optional.empty();
        }
    }

    /** A whole number sent as a JSON number or a numeric string. */
    public Optional<Integer> integer(String field, boolean required) {
        return decimal(field, required).flatMap(number -> {
            try {
                return Optional.of(number.intValueExact());
            } catch (ArithmeticException e) {
                error(field, NOT_AN_INTEGER);
                return Optional.empty();
            }
        });
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        return !absent(json.get(field));
    }

    public void error(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }

    /** Throws the 400 naming every problem found so far, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiError.validation(errors);
        }
    }

    private static boolean absent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
