package io.algogate.gateway.interfaces.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardRoutesTest {

    @Test
    void pathParametersGetSampleValues() {
        assertEquals("/app/orders/sample-orderId/cancel", DashboardRoutes.withSampleParameters("/app/orders/{orderId}/cancel"));
        assertEquals("/app/x/sample-id", DashboardRoutes.withSampleParameters("/app/x/{id: [0-9]+}"));
    }

    @Test
    void everyOrderFormIsListed() {
        assertTrue(DashboardRoutes.postRoutes().containsAll(List.of("/app/ticket",
                "/app/orders/sample-orderId/cancel", "/app/orders/sample-orderId/modify", "/app/orders/cancel-all")));
    }

    @Test
    void pagesAreTheControllersGetRoutesUnderApp() {
        List<String> pages = DashboardRoutes.pageRoutes();
        assertTrue(pages.containsAll(List.of("/app/dashboard", "/app/login", "/app/setup", "/app/account",
                "/app/profile/totp", "/app/orderlog", "/app/reset-password")), pages.toString());
        assertTrue(pages.stream().allMatch(route -> route.startsWith("/app/")), pages.toString());
    }

    @Test
    void formsAndParameterisedPathsAreNoPages() {
        List<String> pages = DashboardRoutes.pageRoutes();
        assertFalse(pages.contains("/app/theme"), "a POST only route");
        assertFalse(pages.contains("/app/logout"), "a POST only route");
        assertFalse(pages.stream().anyMatch(route -> route.contains("{")), pages.toString());
    }

    @Test
    void postRoutesStillListEveryForm() {
        assertTrue(DashboardRoutes.postRoutes().containsAll(List.of("/app/theme", "/app/logout", "/app/login")));
    }
}
