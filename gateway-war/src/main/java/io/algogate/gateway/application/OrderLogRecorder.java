package io.algogate.gateway.application;

import io.algogate.gateway.domain.OrderLogEntry;
import io.algogate.gateway.domain.OrderLogRepository;
import io.algogate.gateway.domain.TradingMode;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes an order request and the answer its client got to the order log. The request is kept
 * without {@code apikey}; a body that is not a JSON object is kept as a placeholder, since it could be
 * anything, a key included. Recording never fails the order: a failed write is only reported.
 */
@ApplicationScoped
public class OrderLogRecorder {

    private static final Logger LOG = Logger.getLogger(OrderLogRecorder.class.getName());
    public static final String UNREADABLE_BODY = "{\"unreadable\":true}";
    private static final int MAX_STRATEGY_LENGTH = 256;

    @Inject
    OrderLogRepository orderLog;

    @Inject
    AnalyzerService analyzer;

    @Inject
    Clock clock;

    /** Records one request to {@code endpoint} (e.g. {@code placeorder}) by the key's user, if known. */
    public void record(String endpoint, byte[] requestBody, Long userId, int status, String answer) {
        write(endpoint, () -> withoutKey(requestBody), userId, status, answer);
    }

    /** As {@link #record(String, byte[], Long, int, String)}, for a body already parsed into a JSON object. */
    public void record(String endpoint, JsonObject requestJson, Long userId, int status, String answer) {
        write(endpoint, () -> Jsonp.PROVIDER.createObjectBuilder(requestJson).remove("apikey").build(), userId, status,
                answer);
    }

    private void write(String endpoint, Supplier<JsonObject> keylessBody, Long userId, int status, String answer) {
        try {
            JsonObject body = keylessBody.get();
            String strategy = body != null && body.get("strategy") instanceof JsonString text ? text.getString() : null;
            orderLog.record(new OrderLogEntry(clock.instant(), endpoint, truncate(strategy), userId,
                    analyzer.analyzeMode() ? TradingMode.ANALYZE : TradingMode.LIVE,
                    body == null ? UNREADABLE_BODY : body.toString(), status, answer));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An order request could not be written to the order log: {0}", e.toString());
        }
    }

    private static JsonObject withoutKey(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return null;
            }
            return Jsonp.PROVIDER.createObjectBuilder(value.asJsonObject()).remove("apikey").build();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String truncate(String value) {
        return value == null || value.length() <= MAX_STRATEGY_LENGTH ? value : value.substring(0, MAX_STRATEGY_LENGTH);
    }
}
