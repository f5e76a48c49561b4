package io.algogate.it.support;

import jakarta.json.JsonObject;
import java.io.StringReader;

/** Parses API responses. */
public final class Json {

    private Json() {
    }

    public static jakarta.json.JsonArray parseArray(String body) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    public static JsonObject parse(String body) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
