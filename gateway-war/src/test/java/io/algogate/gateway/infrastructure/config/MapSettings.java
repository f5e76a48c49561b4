package io.algogate.gateway.infrastructure.config;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Settings from a map, for unit tests that have no MicroProfile Config implementation. */
public final class MapSettings extends GatewaySettings {

    private final Map<String, String> values;

    public MapSettings(Map<String, String> values) {
        super(null);
        this.values = Map.copyOf(values);
    }

    @Override
    public Optional<String> optional(String key) {
        return Optional.ofNullable(values.get(key)).map(String::trim).filter(v -> !v.isEmpty());
    }

    @Override
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                found.put(key.substring(prefix.length()), value);
            }
        });
        return found;
    }
}
