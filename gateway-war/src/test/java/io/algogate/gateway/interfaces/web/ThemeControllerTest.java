package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The theme switch returns to the page it came from, and never anywhere else. */
class ThemeControllerTest {

    private static ThemeController under(String contextPath) {
        ThemeController controller = new ThemeController();
        controller.request = (HttpServletRequest) Proxy.newProxyInstance(ThemeControllerTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (self, method, args) -> {
                    if (method.getName().equals("getContextPath")) {
                        return contextPath;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return controller;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/app/orders", "/app/profile/totp", "/app/admin/security", "/app/orderlog"})
    void aDashboardPageIsWhereItReturns(String back) {
        assertEquals(back, under("").returnPath(back));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"https://evil.example/app/dashboard", "//evil.example/app/dashboard",
            "/\\evil.example", "/app", "/app/", "/app/../admin", "/app/dashboard?x=1", "/app//evil.example",
            "/app/dashboard#x", "/api/v1/ping", "javascript:alert(1)", "/app/\nLocation: https://evil.example",
            "/app/%2F%2Fevil.example", "http:/app/dashboard", "/app/orders/../../x"})
    void anythingElseGoesToTheDashboard(String back) {
        assertEquals("/app/dashboard", under("").returnPath(back));
    }

    @org.junit.jupiter.api.Test
    void underAContextPathOnlyItsOwnPagesCount() {
        assertEquals("/gw/app/orders", under("/gw").returnPath("/gw/app/orders"));
        assertEquals("/gw/app/dashboard", under("/gw").returnPath("/app/orders"));
        assertEquals("/gw/app/dashboard", under("/gw").returnPath("/gwx/app/orders"));
    }
}
