package io.algogate.gateway.interfaces.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.security.filters.FilterSlot;
import org.junit.jupiter.api.Test;

class GatewayMetricsTest {

    @Test
    void orderRoutesFeedTheLatencyHistogram() {
        assertTrue(GatewayMetrics.isOrderRoute("/api/v1/placeorder"));
        assertTrue(GatewayMetrics.isOrderRoute("/api/v1/placesmartorder"));
        assertTrue(GatewayMetrics.isOrderRoute("/api/v1/cancelorder"));
        assertFalse(GatewayMetrics.isOrderRoute("/api/v1/funds"));
        assertFalse(GatewayMetrics.isOrderRoute("/app/dashboard"));
    }

    @Test
    void theCacheHitRatioIsTheShareOfChecksWithoutArgon2() {
        assertEquals(0.0, GatewayMetrics.cacheHitRatio(0, 0));
        assertEquals(0.75, GatewayMetrics.cacheHitRatio(8, 2));
        assertEquals(0.0, GatewayMetrics.cacheHitRatio(2, 2));
    }

    @Test
    void layersAreTaggedByTheirSlotName() {
        assertEquals("ip_ban", GatewayMetrics.layerName(FilterSlot.IP_BAN));
        assertEquals("rate_limit_key", GatewayMetrics.layerName(FilterSlot.RATE_LIMIT_KEY));
    }
}
