package io.algogate.gateway.interfaces.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreamSettingsTest {

    private static StreamSettings from(Map<String, String> values) {
        return StreamSettings.fromConfig(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void defaultsAreOpenAlgos() {
        StreamSettings defaults = from(Map.of());
        assertEquals(Duration.ofSeconds(15), defaults.authTimeout());
        assertEquals(1024, defaults.queueCapacity());
        assertEquals(1000, defaults.maxSubscriptions());
        assertEquals(Duration.ofSeconds(2), from(Map.of(StreamSettings.AUTH_TIMEOUT, "PT2S")).authTimeout());
    }

    @Test
    void aBadValueStopsStartUpWithItsKeyNamed() {
        for (Map<String, String> bad : java.util.List.of(Map.of(StreamSettings.AUTH_TIMEOUT, "15"),
                Map.of(StreamSettings.AUTH_TIMEOUT, "PT0S"), Map.of(StreamSettings.QUEUE_CAPACITY, "0"),
                Map.of(StreamSettings.MAX_SUBSCRIPTIONS, "many"))) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> from(bad));
            assertTrue(refused.getMessage().contains(bad.keySet().iterator().next()), refused.getMessage());
        }
    }

    @Test
    void onlyTheGatewaysOwnOriginOrNoneMayOpenASocket() {
        String own = StreamHub.originOf("http://LocalHost:9080/");
        assertEquals("http://localhost:9080", own);
        assertEquals(own, StreamHub.normalizedOrigin("http://localhost:9080"));
        assertEquals("https://gateway.example", StreamHub.originOf("https://gateway.example:443/app"));
        assertFalse(own.equals(StreamHub.normalizedOrigin("http://evil.example")));
        assertFalse(own.equals(StreamHub.normalizedOrigin("http://localhost:8765")));
        assertEquals("", StreamHub.normalizedOrigin("null"));
    }
}
