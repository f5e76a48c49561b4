package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Browser;
import io.algogate.it.support.BrowserPerClass;
import io.algogate.it.support.Control;
import io.algogate.it.support.Identities;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A dashboard page refused by a security layer (a ban: 403, a rate limit: 429) is a small page in the
 * layout that says why, with the security headers and {@code Retry-After} kept; the API and other
 * paths keep their shapes (OpenAlgo's JSON, plain text).
 */
class RefusedPageIT {

    private static final String BANNED = "Access Denied: Your IP has been banned";
    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass();
    private static Browser browser;

    @BeforeAll
    static void start() {
        ItServer.awaitReady();
        Installation.apiKey();
        browser = BROWSER.browser();
    }

    @Test
    void aBannedClientSeesTheBanInTheLayoutOnTheDashboardAndPlainTextElsewhere() {
        WebClient banned = new WebClient();
        Admin admin = new Admin();
        assertEquals(200, admin.ban(banned.address(), "refused page test", 1).statusCode());
        try {
            HttpResponse<String> page = banned.get("/app/dashboard");
            assertEquals(403, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page.headers().map().toString());
            assertTrue(page.body().contains("id=\"main\"") && page.body().contains(BANNED), page.body());
            assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent(), "the page keeps the headers");

            HttpResponse<String> api = banned.postJson("/api/v1/ping", "{\"apikey\":\"x\"}");
            assertEquals(403, api.statusCode());
            assertEquals(BANNED, api.body(), "the API keeps OpenAlgo's words");
            // The browser comes from loopback, which is never banned (D4): its 429 below shows the same page.
        } finally {
            assertEquals(200, admin.unban(banned.address()).statusCode());
        }
    }

    @Test
    void aRateLimitedLoginGetsThePageWithRetryAfterAndTheApiKeepsItsJson() {
        WebClient guesser = new WebClient();
        String token = WebClient.csrfToken(guesser.get("/app/login"));
        HttpResponse<String> refused = null;
        for (int i = 0; i < 6; i++) {
            refused = guesser.postForm("/app/login", Map.of("_csrf", token, "username", "nobody", "password", "wrong"));
        }
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").orElse("").matches("[1-9][0-9]*"), "Retry-After kept");
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(refused.body().contains("id=\"refused-message\"") && refused.body().contains("Too many requests. Try again in"),
                refused.body());
        assertTrue(refused.headers().firstValue("Content-Security-Policy").isPresent());

        WebClient flooder = new WebClient(Identities.next());
        HttpResponse<String> api = null;
        for (int i = 0; i < 10 && (api == null || api.statusCode() != 429); i++) {
            api = flooder.postJson("/api/v1/placesmartorder", "{\"apikey\":\"x\"}");
        }
        assertEquals(429, api.statusCode(), api.body());
        assertTrue(api.body().startsWith("{\"status\":\"error\",\"message\":\"Rate limit exceeded."), api.body());

        // The browser comes from loopback (D4), whose login bucket the other tests need: reset it after.
        try {
            for (int i = 0; i < 6; i++) {
                browser.submitLogin("nobody", "wrong-password");
                browser.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#login-error, #refused-message")));
            }
            String message = browser.driver().findElement(By.id("refused-message")).getText();
            assertTrue(message.startsWith("Too many requests. Try again in"), message);
            assertEquals(List.of(), browser.cspViolations());
            assertFalse(browser.driver().findElements(By.cssSelector("main#main")).isEmpty());
            browser.screenshot("refused-rate-limited");
        } finally {
            Control.reset();
        }
    }
}
