package io.algogate.broker.kite;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerException.Reason;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Kite's HTTP conventions in one place: the {@code X-Kite-Version} header, form-encoded bodies, the
 * {@code {"status":"success","data":...}} envelope, and the mapping of every failure (Kite's
 * {@code error_type}, HTTP statuses, timeouts, malformed JSON) to a {@link BrokerException}, so no
 * unchecked exception reaches the gateway.
 */
final class KiteHttp {

    private static final String KITE_VERSION = "3";

    private final HttpClient client;
    private final String baseUrl;
    private final Duration requestTimeout;

    KiteHttp(HttpClient client, String baseUrl, Duration requestTimeout) {
        this.client = client;
        this.baseUrl = baseUrl;
        this.requestTimeout = requestTimeout;
    }

    /** Sends a request and returns the envelope's {@code data}; {@code authorization} may be null. */
    JsonValue call(String method, String path, Map<String, String> form, String authorization)
            throws BrokerException {
        // Messages name the path without its query: Kite's logout carries the access token there.
        String shown = path.indexOf('?') < 0 ? path : path.substring(0, path.indexOf('?'));
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(requestTimeout)
                    .header("X-Kite-Version", KITE_VERSION);
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
            if (form == null) {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", "application/x-www-form-urlencoded")
                        .method(method, HttpRequest.BodyPublishers.ofString(encode(form)));
            }
            request = builder.build();
        } catch (IllegalArgumentException e) {
            // A base-url that is no URL, or an api-key with characters a header cannot carry: both
            // configuration errors, reported without echoing the header (it holds the token).
            throw new BrokerException(Reason.UNAVAILABLE,
                    "Kite request " + method + " " + shown + " cannot be built; check base-url and api-key");
        }
        HttpResponse<String> response = send(request, method, shown);
        return data(response, method, shown);
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A form in insertion order, skipping null values, so requests read like Kite's examples. */
    static Map<String, String> form(String... keysAndValues) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                form.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return form;
    }

    private HttpResponse<String> send(HttpRequest request, String method, String path) throws BrokerException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.http.HttpTimeoutException e) {
            throw new BrokerException(Reason.UNAVAILABLE,
                    "Kite did not answer " + method + " " + path + " within " + requestTimeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new BrokerException(Reason.UNAVAILABLE, "Kite could not be reached for " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerException(Reason.UNAVAILABLE, "Interrupted while calling Kite", e);
        } catch (RuntimeException e) {
            // The JDK client throws unchecked exceptions for some broken configurations (a bad proxy,
            // a closed client); the gateway must see a broker failure, not a server error.
            throw new BrokerException(Reason.UNAVAILABLE, "Kite call " + method + " " + path + " failed", e);
        }
    }

    private static JsonValue data(HttpResponse<String> response, String method, String path)
            throws BrokerException {
        int status = response.statusCode();
        if (status == 429) {
            throw new BrokerException(Reason.RATE_LIMITED,
                    "Kite is throttling requests (HTTP 429 on " + path + "); slow down and retry");
        }
        JsonObject body = parse(response.body());
        if (body == null) {
            throw new BrokerException(Reason.UNAVAILABLE,
                    "Kite answered " + method + " " + path + " with HTTP " + status + " and no valid JSON");
        }
        String kiteStatus = string(body, "status");
        if (status >= 200 && status < 300 && "success".equals(kiteStatus)) {
            JsonValue data = body.get("data");
            return data == null ? JsonValue.NULL : data;
        }
        String message = string(body, "message");
        String errorType = string(body, "error_type");
        String text = "Kite: " + (message == null || message.isBlank() ? "HTTP " + status : message);
        throw new BrokerException(reasonFor(errorType, status), text);
    }

    /** Kite's documented exception types first; the HTTP status only when Kite named none. */
    static Reason reasonFor(String errorType, int httpStatus) {
        if (errorType != null) {
            switch (errorType) {
                case "TokenException":
                    return Reason.AUTHENTICATION;
                case "InputException":
                case "OrderException":
                case "PermissionException":
                case "MarginException":
                case "HoldingException":
                    return Reason.REJECTED;
                case "NetworkException":
                case "DataException":
                case "GeneralException":
                    return Reason.UNAVAILABLE;
                default:
                    break;
            }
        }
        if (httpStatus == 403) {
            return Reason.AUTHENTICATION;
        }
        if (httpStatus >= 400 && httpStatus < 500) {
            return Reason.REJECTED;
        }
        return Reason.UNAVAILABLE;
    }

    private static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }

    static String string(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonString text ? text.getString() : null;
    }
}
