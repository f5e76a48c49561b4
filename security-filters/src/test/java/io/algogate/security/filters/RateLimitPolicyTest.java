package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitPolicyTest {

    @Test
    void defaultsAreOpenAlgos() {
        RateLimitPolicy policy = RateLimitPolicy.defaults();
        assertEquals("5 per minute;25 per hour", policy.spec(RouteClass.LOGIN).toString());
        assertEquals("15 per hour", policy.spec(RouteClass.RESET).toString());
        assertEquals("50 per second", policy.spec(RouteClass.API).toString());
        assertEquals("10 per second", policy.spec(RouteClass.ORDER).toString());
        assertEquals("2 per second", policy.spec(RouteClass.SMART).toString());
        assertEquals("100 per minute", policy.spec(RouteClass.WEBHOOK).toString());
        assertEquals("100 per minute", policy.spec(RouteClass.WS).toString());
        assertEquals(RouteClass.values().length, policy.specs().size());
    }

    @Test
    void configuredValuesReplaceDefaultsKeyByKey() {
        Map<String, String> config = Map.of("algogate.ratelimit.order", "3/second",
                "algogate.ratelimit.login", "2 per minute; 10 per day");
        RateLimitPolicy policy = RateLimitPolicy.fromConfig(key -> Optional.ofNullable(config.get(key)));
        assertEquals("3 per second", policy.spec(RouteClass.ORDER).toString());
        assertEquals("2 per minute;10 per day", policy.spec(RouteClass.LOGIN).toString());
        assertEquals("50 per second", policy.spec(RouteClass.API).toString());
    }

    @Test
    void anInvalidValueStopsStartUpNamingTheKeyAndTheText() {
        Map<String, String> config = Map.of("algogate.ratelimit.webhook", "100 per fortnight");
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> RateLimitPolicy.fromConfig(key -> Optional.ofNullable(config.get(key))));
        assertTrue(error.getMessage().startsWith("Configuration algogate.ratelimit.webhook is invalid"),
                error.getMessage());
        assertTrue(error.getMessage().contains("\"100 per fortnight\""), error.getMessage());
    }

    @Test
    void everyRouteClassNeedsALimit() {
        Map<RouteClass, RateLimitSpec> specs = new EnumMap<>(RateLimitPolicy.defaults().specs());
        specs.remove(RouteClass.WS);
        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new RateLimitPolicy(specs));
        assertTrue(error.getMessage().contains("WS"), error.getMessage());
    }

    @Test
    void configKeysFollowTheRouteClassNames() {
        assertEquals("algogate.ratelimit.smart", RateLimitPolicy.configKey(RouteClass.SMART));
    }
}
