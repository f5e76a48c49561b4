package io.algogate.gateway.infrastructure.config;

import java.util.Map;
import java.util.Optional;

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
        return keysUnder(prefix, values.keySet(), this::optional);
    }
}
