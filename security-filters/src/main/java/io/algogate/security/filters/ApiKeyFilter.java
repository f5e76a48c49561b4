package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Stops unauthenticated use of the trading API: every known {@code /api/v1} route needs a valid key
 * whose user has a live broker session. The key comes from the JSON body's {@code apikey} (OpenAlgo's
 * way, read from the body {@link RequestLimitsFilter} buffered), the {@code apikey} query parameter
 * of a GET, or an {@code X-API-KEY} header.
 *
 * <p>A missing key is a 400 in the validation shape, a wrong one OpenAlgo's 403 (and counted by the
 * {@link InvalidKeyTracker} under a 16-character SHA-256 prefix), a valid key whose broker session
 * ended a 403 that says so. Unknown routes pass on, so they get JAX-RS's 404 and count as scans.
 */
public final class ApiKeyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String INVALID_KEY = "Invalid openalgo apikey";
    static final String BROKER_SESSION_EXPIRED = "Broker session expired: log in to your broker again";
    static final String BUSY = "The server is busy checking keys. Please retry shortly.";
    static final int BUSY_RETRY_AFTER_SECONDS = 2;
    private static final String MISSING_KEY = "{\"status\":\"error\",\"message\":\"Validation failed. apikey: "
            + "Missing data for required field.\",\"errors\":{\"apikey\":[\"Missing data for required field.\"]}}";

    @Inject
    private transient ApiKeyVerifier verifier;

    @Inject
    private transient InvalidKeyTracker invalidKeys;

    public ApiKeyFilter() {
    }

    ApiKeyFilter(ApiKeyVerifier verifier, InvalidKeyTracker invalidKeys) {
        this.verifier = verifier;
        this.invalidKeys = invalidKeys;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ErrorResponses.path(request);
        if (!path.startsWith("/api/v1/") || !RouteClassifier.isKnownApiRoute(path)
                || "OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> key;
        try {
            key = presentedKey(request);
        } catch (JsonException | IllegalStateException malformed) {
            Refusals.mark(request, FilterSlot.API_KEY);
            ErrorResponses.apiError(response, HttpServletResponse.SC_BAD_REQUEST, "Malformed JSON in request body");
            return;
        }
        if (key.isEmpty()) {
            Refusals.mark(request, FilterSlot.API_KEY);
            ErrorResponses.writeJson(response, HttpServletResponse.SC_BAD_REQUEST, MISSING_KEY);
            return;
        }
        ApiKeyVerifier.Verdict verdict = verifier.verify(key.get());
        String keyHash = sha256Hex(key.get());
        if (verdict.status() != ApiKeyVerifier.Verdict.Status.VALID) {
            Refusals.mark(request, FilterSlot.API_KEY);
        }
        switch (verdict.status()) {
            case INVALID -> {
                invalidKeys.recordInvalidKey(RequestContext.clientKey(request), keyHash.substring(0, 16));
                ErrorResponses.apiError(response, HttpServletResponse.SC_FORBIDDEN, INVALID_KEY);
            }
            case BROKER_SESSION_EXPIRED ->
                    ErrorResponses.apiError(response, HttpServletResponse.SC_FORBIDDEN, BROKER_SESSION_EXPIRED);
            case BUSY -> {
                response.setHeader("Retry-After", String.valueOf(BUSY_RETRY_AFTER_SECONDS));
                ErrorResponses.apiError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, BUSY);
            }
            case VALID -> {
                request.setAttribute(RequestContext.API_USER_ATTRIBUTE, verdict.userId());
                request.setAttribute(RequestContext.API_KEY_HASH_ATTRIBUTE, keyHash);
                chain.doFilter(request, response);
            }
        }
    }

    /** The key from the body, then the query (GET), then the header; blank counts as absent. */
    private static Optional<String> presentedKey(HttpServletRequest request) {
        Optional<String> fromBody = Optional.empty();
        if (request.getAttribute(RequestLimitsFilter.BODY_ATTRIBUTE) instanceof byte[] body && body.length > 0) {
            Optional<JsonObject> json = jsonObject(body);
            if (json.isPresent() && isUtf8(request)) {
                request.setAttribute(RequestContext.PARSED_BODY_ATTRIBUTE, json.get());
            }
            fromBody = json.map(object -> object.get("apikey"))
                    .flatMap(key -> key instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty());
        }
        Optional<String> fromQuery = "GET".equals(request.getMethod())
                ? queryParameter(request.getQueryString(), "apikey") : Optional.empty();
        return fromBody.or(() -> fromQuery).or(() -> Optional.ofNullable(request.getHeader("X-API-KEY")))
                .map(String::trim).filter(k -> !k.isEmpty());
    }

    /** Read from the query string itself: parameters are never touched, so no body is ever parsed here. */
    private static Optional<String> queryParameter(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonObject> jsonObject(byte[] body) {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? Optional.of(value.asJsonObject()) : Optional.empty();
        }
    }

    /** JAX-RS decodes the body in the declared charset; the parse here is the same one only for UTF-8. */
    private static boolean isUtf8(HttpServletRequest request) {
        String declared = request.getCharacterEncoding();
        return declared == null || AsciiCase.equalsIgnoreCase(declared, "UTF-8") || AsciiCase.equalsIgnoreCase(declared, "utf8");
    }

    private static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
