package io.algogate.gateway.interfaces.rest;

import io.algogate.security.filters.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A refusal in OpenAlgo's error shape, {@code {"status":"error","message":...}}, thrown by resources
 * and turned into a response by {@link ApiErrorMapper}.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    public static final String INVALID_API_KEY = "Invalid openalgo apikey";

    private final int status;
    private final transient JsonObject body;

    private ApiError(int status, JsonObject body) {
        super(body.getString("message"), null, false, false);
        this.status = status;
        this.body = body;
    }

    public static ApiError of(int status, String message) {
        return new ApiError(status, base(message).build());
    }

    /** 400 naming every bad field, readably in {@code message} and field by field in {@code errors}. */
    public static ApiError validation(Map<String, List<String>> fieldErrors) {
        String message = fieldErrors.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + String.join(" ", entry.getValue()))
                .collect(Collectors.joining("; "));
        JsonObjectBuilder errors = Jsonp.PROVIDER.createObjectBuilder();
        fieldErrors.forEach((field, messages) -> errors.add(field, Jsonp.PROVIDER.createArrayBuilder(messages)));
        return new ApiError(400, base("Validation failed. " + message).add("errors", errors).build());
    }

    public static ApiError invalidApiKey() {
        return of(403, INVALID_API_KEY);
    }

    static JsonObjectBuilder base(String message) {
        return Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("message", message);
    }

    public int status() {
        return status;
    }

    /**
     * The refused fields and their messages, in the order found; a refusal not about fields (a body
     * that is no JSON object) is under {@code _schema} with its message.
     */
    public Map<String, String> fieldMessages() {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonObject errors = body.getJsonObject("errors");
        if (errors == null) {
            fields.put("_schema", getMessage());
            return fields;
        }
        errors.forEach((field, messages) -> fields.put(field, messages.asJsonArray().getValuesAs(
                JsonString.class).stream().map(JsonString::getString)
                .collect(Collectors.joining(" "))));
        return fields;
    }

    JsonObject body() {
        return body;
    }

    public Response toResponse() {
        return ApiResponses.json(status, body);
    }
}
