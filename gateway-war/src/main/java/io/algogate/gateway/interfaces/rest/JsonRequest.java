package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.security.filters.AsciiCase;
import io.algogate.security.filters.Jsonp;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first phase of reading a JSON request (D8): the body as a {@link JsonObject}, then field by field
 * into typed values, collecting every problem (unknown field, missing field, wrong type, bad number,
 * bad enum) so one response names them all. Numbers may arrive as JSON numbers or numeric strings,
 * as OpenAlgo's clients send them. Messages are marshmallow's, which OpenAlgo's clients know.
 *
 * <p>The second phase is {@link #validated}: Bean Validation on the typed schema record, for the rules
 * on values (ranges, sizes, patterns) and across fields (a LIMIT order needs a price). Its violations
 * join the first phase's errors under the JSON field names, so one 400 names every bad field.
 * Nested objects (a basket's {@code orders}) are read by child requests that share the error map and
 * name their fields {@code orders[0].quantity}.
 */
public final class JsonRequest {

    static final String MISSING = "Missing data for required field.";
    static final String UNKNOWN = "Unknown field.";
    static final String NOT_A_STRING = "Not a valid string.";
    static final String NOT_A_NUMBER = "Not a valid number.";
    static final String NOT_AN_INTEGER = "Not a valid integer.";
    static final String NOT_A_DATE = "Not a valid date.";

    /**
     * The component name under which schemas nest their {@link OrderTerms}: its fields are the schema's
     * own top-level JSON fields, so the node is left out of the names of violations.
     */
    static final String NESTED_TERMS = "terms";
    static final String NOT_A_BOOLEAN = "Not a valid boolean.";
    static final String NOT_A_LIST = "Not a valid list.";
    static final String NOT_AN_OBJECT = "Invalid input type.";

    private final JsonObject json;
    private final String prefix;
    private final Map<String, List<String>> errors;
    /** The JSON names of the schema's fields, to name Bean Validation's violations as the client sent them. */
    private final Set<String> declaredFields;

    private JsonRequest(JsonObject json, String prefix, Map<String, List<String>> errors, Set<String> declaredFields) {
        this.json = json;
        this.prefix = prefix;
        this.errors = errors;
        this.declaredFields = declaredFields;
    }

    /** Parses a body that must be a JSON object; anything else is a 400 in the error shape. */
    public static JsonRequest parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.of(400, "Request body must be a JSON object");
        }
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiError.validation(Map.of("_schema", List.of("Invalid input type.")));
            }
            return new JsonRequest(value.asJsonObject(), "", new LinkedHashMap<>(), new HashSet<>());
        } catch (JsonException | IllegalStateException e) {
            throw ApiError.of(400, "Malformed JSON in request body");
        }
    }

    /** Records every field not in the schema as unknown (OpenAlgo's schemas refuse them). */
    public JsonRequest allowOnly(Collection<String> fields) {
        declare(fields);
        Set<String> allowed = Set.copyOf(fields);
        json.keySet().stream().filter(key -> !allowed.contains(key)).forEach(key -> error(key, UNKNOWN));
        return this;
    }

    /**
     * Names the schema's fields without refusing others: OpenAlgo's GTT schemas drop unknown fields
     * ({@code unknown = EXCLUDE}) instead of refusing them.
     */
    public JsonRequest declare(Collection<String> fields) {
        declaredFields.addAll(fields);
        return this;
    }

    /**
     * A list of objects, each read by a child request that shares this one's errors. An absent or
     * empty list gives an empty result (the schema's size rule then names it).
     */
    public List<JsonRequest> objects(String field, boolean required) {
        JsonValue value = json.get(field);
        if (absent(value)) {
            if (required) {
                error(field, MISSING);
            }
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            error(field, NOT_A_LIST);
            return List.of();
        }
        JsonArray array = value.asJsonArray();
        List<JsonRequest> children = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String childPrefix = prefix + field + "[" + i + "].";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                errors.computeIfAbsent(prefix + field + "[" + i + "]", f -> new ArrayList<>()).add(NOT_AN_OBJECT);
                // Its fields are not blamed one by one: the item itself is named. It keeps its index.
                children.add(new JsonRequest(JsonValue.EMPTY_JSON_OBJECT, childPrefix, new LinkedHashMap<>(),
                        declaredFields));
            } else {
                children.add(new JsonRequest(array.get(i).asJsonObject(), childPrefix, errors, declaredFields));
            }
        }
        return children;
    }

    /** {@code BUY} or {@code SELL}, in either case as OpenAlgo accepts them. */
    public Optional<Action> action(String field, boolean required) {
        return choice(field, required, OpenAlgoEnums.ACTIONS).map(a -> Action.valueOf(a.toUpperCase(Locale.ROOT)));
    }

    /** A price type, exactly as OpenAlgo spells it ({@code SL-M}, not {@code sl-m}). */
    public Optional<PriceType> priceType(String field, boolean required, List<String> allowed) {
        return choice(field, required, allowed).flatMap(PriceType::fromWireName);
    }

    /** A product, exact upper case. */
    public Optional<Product> product(String field, boolean required, List<String> allowed) {
        return choice(field, required, allowed).map(Product::valueOf);
    }

    /** A JSON boolean (marshmallow also takes the strings true/false, which clients send). */
    public Optional<Boolean> bool(String field, boolean required) {
        JsonValue value = json.get(field);
        if (absent(value)) {
            if (required) {
                error(field, MISSING);
            }
            return Optional.empty();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.of(value == JsonValue.TRUE);
        }
        if (value.getValueType() == JsonValue.ValueType.STRING) {
            String text = AsciiCase.lower(((JsonString) value).getString().trim());
            if (text.equals("true") || text.equals("false")) {
                return Optional.of(Boolean.valueOf(text));
            }
        }
        error(field, NOT_A_BOOLEAN);
        return Optional.empty();
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

    /** A calendar date as {@code YYYY-MM-DD}, as marshmallow's Date field reads it. */
    public Optional<java.time.LocalDate> date(String field, boolean required) {
        return string(field, required, 32).flatMap(text -> {
            try {
                return Optional.of(java.time.LocalDate.parse(text));
            } catch (java.time.format.DateTimeParseException e) {
                error(field, NOT_A_DATE);
                return Optional.empty();
            }
        });
    }

    /** Whether the field is the empty string (which some OpenAlgo schemas read as not set). */
    public boolean isEmptyString(String field) {
        return json.get(field) instanceof JsonString text && text.getString().isBlank();
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        return !absent(json.get(field));
    }

    public void error(String field, String message) {
        errors.computeIfAbsent(prefix + field, f -> new ArrayList<>()).add(message);
    }

    /**
     * The second phase: Bean Validation on the typed schema, its violations added under the JSON field
     * names; then the 400 naming every problem of both phases, if there is any. A field that already
     * failed to parse is not blamed twice (its typed value is null, or a default, in the schema).
     */
    public <T> T validated(Validator validator, T schema) {
        Set<String> failedInParsing = Set.copyOf(errors.keySet());
        // Bean Validation reports in no particular order; sorted, the message is the same every time.
        List<ConstraintViolation<T>> violations = validator.validate(schema).stream()
                .sorted(java.util.Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .toList();
        for (ConstraintViolation<T> violation : violations) {
            String field = wireName(violation.getPropertyPath());
            if (!failedInParsing.contains(field)) {
                List<String> messages = errors.computeIfAbsent(field, f -> new ArrayList<>());
                if (!messages.contains(violation.getMessage())) {
                    messages.add(violation.getMessage());
                }
            }
        }
        throwIfInvalid();
        return schema;
    }

    /**
     * A violation's property path as the client named the field: {@code triggerPrice} is
     * {@code trigger_price}, {@code orders[1].quantity} stays indexed. Java names are matched to the
     * declared JSON names ignoring case and underscores, which is how the schemas name their components.
     */
    private String wireName(Path path) {
        StringBuilder name = new StringBuilder(prefix);
        boolean first = true;
        for (Path.Node node : path) {
            // An element of a list carries its index on the node after the list's own node.
            if (node.isInIterable() && node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().equals(NESTED_TERMS)) {
                name.append(first ? "" : ".").append(jsonField(node.getName()));
                first = false;
            }
        }
        return name.toString();
    }

    private String jsonField(String javaName) {
        String key = squash(javaName);
        return declaredFields.stream().filter(declared -> squash(declared).equals(key)).findFirst()
                .orElse(javaName.toLowerCase(Locale.ROOT));
    }

    private static String squash(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
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
