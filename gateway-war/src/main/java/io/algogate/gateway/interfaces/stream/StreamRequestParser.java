package io.algogate.gateway.interfaces.stream;

import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.security.filters.AsciiCase;
import io.algogate.security.filters.Jsonp;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads OpenAlgo's client messages: a JSON object whose {@code action} (or {@code type}) names the
 * request. Instruments come as {@code symbol} + {@code exchange} or as {@code symbols: [{symbol,
 * exchange}]}; a mode as 1, 2, 3 or {@code LTP}, {@code Quote}, {@code Depth} in any case (default
 * Quote, as OpenAlgo's server). Only depth 5 exists here: the SPI's {@code Depth} has five levels.
 */
final class StreamRequestParser {

    /** OpenAlgo's {@code MAX_SYMBOLS_PER_WEBSOCKET}: one message names at most this many instruments. */
    static final int MAX_SYMBOLS = 1000;
    private static final int MAX_NAME_LENGTH = 64;
    private static final Set<Integer> DEPTH_LEVELS = Set.of(5);

    private StreamRequestParser() {
    }

    static StreamRequest parse(String text) throws StreamProtocolException {
        JsonObject message = object(text);
        String action = text(message, "action");
        if (action == null) {
            action = text(message, "type");
        }
        if (action == null) {
            throw new StreamProtocolException(StreamProtocolException.INVALID_ACTION, "The message names no action");
        }
        return switch (AsciiCase.lower(action)) {
            case "authenticate", "auth" -> authenticate(message);
            case "subscribe" -> new StreamRequest.Subscribe(symbols(message), mode(message.get("mode"),
                    StreamMode.QUOTE, "mode"));
            case "unsubscribe" -> unsubscribe(message);
            case "unsubscribe_all" -> new StreamRequest.UnsubscribeAll();
            case "subscribe_orders" -> new StreamRequest.SubscribeOrders();
            case "unsubscribe_orders" -> new StreamRequest.UnsubscribeOrders();
            case "ping" -> new StreamRequest.Ping();
            case "get_broker_info" -> new StreamRequest.BrokerInfo();
            default -> throw new StreamProtocolException(StreamProtocolException.INVALID_ACTION,
                    "Unknown action: " + abbreviated(action));
        };
    }

    private static JsonObject object(String text) throws StreamProtocolException {
        try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new StreamProtocolException(StreamProtocolException.INVALID_JSON, "A message must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new StreamProtocolException(StreamProtocolException.INVALID_JSON, "The message is not valid JSON");
        }
    }

    private static StreamRequest authenticate(JsonObject message) throws StreamProtocolException {
        String key = text(message, "api_key");
        if (key == null) {
            key = text(message, "apikey");
        }
        if (key == null || key.isBlank()) {
            throw new StreamProtocolException(StreamProtocolException.INVALID_PARAMETERS, "api_key is required");
        }
        return new StreamRequest.Authenticate(key);
    }

    private static StreamRequest unsubscribe(JsonObject message) throws StreamProtocolException {
        StreamMode common = message.containsKey("mode") ? mode(message.get("mode"), null, "mode") : null;
        List<StreamRequest.Unsubscribe.Topic> topics = new ArrayList<>();
        if (message.containsKey("symbols")) {
            for (JsonObject entry : entries(message)) {
                StreamMode mode = entry.containsKey("mode") ? mode(entry.get("mode"), null, "symbols[].mode") : common;
                topics.add(new StreamRequest.Unsubscribe.Topic(symbolRef(entry, "symbols[]."), mode));
            }
        } else {
            topics.add(new StreamRequest.Unsubscribe.Topic(symbolRef(message, ""), common));
        }
        return new StreamRequest.Unsubscribe(topics);
    }

    private static List<SymbolRef> symbols(JsonObject message) throws StreamProtocolException {
        depth(message);
        if (!message.containsKey("symbols")) {
            return List.of(symbolRef(message, ""));
        }
        List<SymbolRef> symbols = new ArrayList<>();
        for (JsonObject entry : entries(message)) {
            symbols.add(symbolRef(entry, "symbols[]."));
        }
        return symbols;
    }

    private static List<JsonObject> entries(JsonObject message) throws StreamProtocolException {
        JsonValue value = message.get("symbols");
        if (value.getValueType() != JsonValue.ValueType.ARRAY || value.asJsonArray().isEmpty()) {
            throw invalid("symbols must be a non-empty list of {symbol, exchange}");
        }
        if (value.asJsonArray().size() > MAX_SYMBOLS) {
            throw new StreamProtocolException(StreamProtocolException.LIMIT_EXCEEDED,
                    "At most " + MAX_SYMBOLS + " symbols a message");
        }
        List<JsonObject> entries = new ArrayList<>();
        for (JsonValue entry : value.asJsonArray()) {
            if (entry.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid("symbols must be a non-empty list of {symbol, exchange}");
            }
            entries.add(entry.asJsonObject());
        }
        return entries;
    }

    private static SymbolRef symbolRef(JsonObject entry, String where) throws StreamProtocolException {
        String symbol = text(entry, "symbol");
        String exchange = text(entry, "exchange");
        if (symbol == null || symbol.isBlank() || exchange == null || exchange.isBlank()) {
            throw invalid(where + "symbol and " + where + "exchange are required");
        }
        if (symbol.length() > MAX_NAME_LENGTH || exchange.length() > MAX_NAME_LENGTH) {
            throw invalid(where + "symbol and " + where + "exchange are at most " + MAX_NAME_LENGTH + " characters");
        }
        return new SymbolRef(exchange.trim().toUpperCase(Locale.ROOT), symbol.trim().toUpperCase(Locale.ROOT));
    }

    /** 1, 2, 3 (numbers or digit strings) or the mode's name in any case. */
    static StreamMode mode(JsonValue value, StreamMode absent, String field) throws StreamProtocolException {
        if (value == null || value == JsonValue.NULL) {
            if (absent == null) {
                throw invalid(field + " must be 1, 2, 3, LTP, Quote or Depth");
            }
            return absent;
        }
        String name = switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).toString();
            case STRING -> AsciiCase.upper(((JsonString) value).getString().trim());
            default -> "";
        };
        return switch (name) {
            case "1", "LTP" -> StreamMode.LTP;
            case "2", "QUOTE" -> StreamMode.QUOTE;
            case "3", "DEPTH" -> StreamMode.DEPTH;
            default -> throw invalid(field + " must be 1, 2, 3, LTP, Quote or Depth");
        };
    }

    private static void depth(JsonObject message) throws StreamProtocolException {
        JsonValue depth = message.containsKey("depth") ? message.get("depth") : message.get("depth_level");
        if (depth == null || depth == JsonValue.NULL) {
            return;
        }
        String digits = depth.getValueType() == JsonValue.ValueType.STRING ? ((JsonString) depth).getString().trim()
                : depth.toString();
        if (!digits.matches("\\d{1,3}") || !DEPTH_LEVELS.contains(Integer.parseInt(digits))) {
            throw invalid("depth must be 5: this gateway streams five levels a side");
        }
    }

    /** A string field, or null when absent or JSON null; another type is a refusal. */
    private static String text(JsonObject object, String name) throws StreamProtocolException {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw invalid(name + " must be a string");
        }
        return ((JsonString) value).getString();
    }

    private static StreamProtocolException invalid(String message) {
        return new StreamProtocolException(StreamProtocolException.INVALID_PARAMETERS, message);
    }

    private static String abbreviated(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "...";
    }
}
