package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where the theme switch may send the browser back to: a dashboard page of this application only. */
class ThemeControllerTest {

    @Test
    void onlyDashboardPagesAreReturnedTo() {
        assertTrue(ThemeController.isDashboardPage("/app/profile"));
        assertTrue(ThemeController.isDashboardPage("/app/strategies/12"));
        for (String elsewhere : new String[] {"/app", "/app/", "/app//x", "/app/x/", "//evil.example/app/x",
                "/admin/api/x", "/app/x?y=1", "/app/<b>", "https://evil.example/app/x"}) {
            assertFalse(ThemeController.isDashboardPage(elsewhere), elsewhere);
        }
    }
}
