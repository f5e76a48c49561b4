package io.algogate.security.filters;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static methods look the provider up
 * through {@code ServiceLoader} on every call, which on Liberty's class loaders cost about 5% of the
 * server's CPU under load (a profile of bench/run.sh); every request path builds or reads JSON.
 */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }
}
