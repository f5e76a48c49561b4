package io.algogate.gateway.interfaces.rest;

import io.algogate.security.filters.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Builds the API's JSON responses. */
final class ApiResponses {

    private ApiResponses() {
    }

    static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")).entity(body).build();
    }

    static Response success(JsonObjectBuilder body) {
        return json(200, body.build());
    }

    /** A success that says it came from the analyzer's sandbox, as OpenAlgo's do in analyze mode. */
    static Response success(JsonObjectBuilder body, boolean analyzeMode) {
        return success(analyzeMode ? body.add("mode", "analyze") : body);
    }

    /** {@code {"status":"success"}}, to add the payload to. */
    static JsonObjectBuilder successBody() {
        return Jsonp.PROVIDER.createObjectBuilder().add("status", "success");
    }

    /** A price or amount as OpenAlgo formats it: two decimals. */
    static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** The same, as the string some OpenAlgo books use ({@code "1189.90"}). */
    static String twoDecimalText(BigDecimal value) {
        return twoDecimals(value).toPlainString();
    }

    /** A quantity without trailing zeros: {@code 10}, or {@code 0.015} for crypto. */
    static BigDecimal quantity(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
