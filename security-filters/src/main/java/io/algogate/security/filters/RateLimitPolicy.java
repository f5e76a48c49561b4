package io.algogate.security.filters;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The limit of every route class (D11). Each class has a spec, so the limiter never meets a class it
 * cannot limit; the defaults are OpenAlgo's.
 */
public record RateLimitPolicy(Map<RouteClass, RateLimitSpec> specs) {

    public static final String CONFIG_PREFIX = "algogate.ratelimit.";

    private static final Map<RouteClass, String> DEFAULTS = Map.of(
            RouteClass.LOGIN, "5 per minute;25 per hour",
            RouteClass.RESET, "15 per hour",
            RouteClass.API, "50 per second",
            RouteClass.ORDER, "10 per second",
            RouteClass.SMART, "2 per second",
            RouteClass.WEBHOOK, "100 per minute",
            RouteClass.WS, "100 per minute",
            RouteClass.REPORT, "30 per minute");

    public RateLimitPolicy {
        EnumMap<RouteClass, RateLimitSpec> copy = new EnumMap<>(RouteClass.class);
        copy.putAll(specs);
        for (RouteClass routeClass : RouteClass.values()) {
            if (copy.get(routeClass) == null) {
                throw new IllegalArgumentException("The rate-limit policy has no limit for " + routeClass);
            }
        }
        specs = Collections.unmodifiableMap(copy);
    }

    /** OpenAlgo's limits. */
    public static RateLimitPolicy defaults() {
        return fromConfig(key -> Optional.empty());
    }

    /**
     * Reads {@code algogate.ratelimit.<class>} for every route class, taking the default where a key
     * has no value.
     *
     * @throws IllegalStateException naming the key whose value is not a valid spec, so that start-up
     *     fails instead of running with a limit nobody meant
     */
    public static RateLimitPolicy fromConfig(Function<String, Optional<String>> lookup) {
        EnumMap<RouteClass, RateLimitSpec> specs = new EnumMap<>(RouteClass.class);
        for (RouteClass routeClass : RouteClass.values()) {
            String key = configKey(routeClass);
            String text = lookup.apply(key).orElse(DEFAULTS.get(routeClass));
            try {
                specs.put(routeClass, RateLimitSpec.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Configuration " + key + " is invalid: " + e.getMessage(), e);
            }
        }
        return new RateLimitPolicy(specs);
    }

    /** {@code algogate.ratelimit.login} and so on. */
    public static String configKey(RouteClass routeClass) {
        return CONFIG_PREFIX + routeClass.configName();
    }

    public RateLimitSpec spec(RouteClass routeClass) {
        return specs.get(routeClass);
    }
}
