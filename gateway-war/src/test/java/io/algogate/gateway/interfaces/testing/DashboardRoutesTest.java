package io.algogate.gateway.interfaces.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DashboardRoutesTest {

    @Test
    void pathParametersGetSampleValues() {
        assertEquals("/app/orders/sample-orderId/cancel", DashboardRoutes.withSampleParameters("/app/orders/{orderId}/cancel"));
        assertEquals("/app/x/sample-id", DashboardRoutes.withSampleParameters("/app/x/{id: [0-9]+}"));
    }

    @Test
    void everyOrderFormIsListed() {
        assertTrue(DashboardRoutes.postRoutes().containsAll(java.util.List.of("/app/ticket",
                "/app/orders/sample-orderId/cancel", "/app/orders/sample-orderId/modify", "/app/orders/cancel-all")));
    }
}
