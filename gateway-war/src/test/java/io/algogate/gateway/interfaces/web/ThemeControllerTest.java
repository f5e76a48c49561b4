package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the theme switch may send the browser back to: dashboard pages of this application only. */
class ThemeControllerTest {

    @Test
    void onlyDashboardPathsAreReturnedTo() {
        for (String page : List.of("/app/dashboard", "/app/profile/totp", "/app/admin/security", "/app/a.b_c-d")) {
            assertTrue(ThemeController.isDashboardPage(page), page);
        }
        for (String other : List.of("/app", "/app/", "/app//x", "/app/x/", "//evil.example/app/x", "/api/v1/ping",
                "/app/x?y=1", "/app/x#y", "/app/é", "/app/x y", "https://evil.example/app/x")) {
            assertFalse(ThemeController.isDashboardPage(other), other);
        }
    }
}
