package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Browser;
import io.algogate.it.support.BrowserPerClass;
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
 * The theme switch: chosen on one page, kept on the next (a cookie), a plain form post that needs no
 * JavaScript, and its {@code back} parameter never sends the browser to another site.
 */
class ThemeSwitchIT {

    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass();
    private static Browser browser;

    @BeforeAll
    static void start() {
        ItServer.awaitReady();
        Installation.liveApiKey();
        browser = BROWSER.browser();
    }

    @Test
    void theChosenThemeChangesThePageAndStaysOnTheNext() {
        browser.startOver();
        browser.logIn(Installation.USERNAME, Installation.PASSWORD);
        browser.useTheme("light");
        browser.open("/app/account");
        String lightBackground = background();
        assertEquals("light", theme());

        browser.driver().findElement(By.id("theme-toggle")).click();
        browser.await(ExpectedConditions.attributeToBe(By.tagName("body"), "data-theme", "dark"));
        assertEquals("/app/account", browser.path(), "back on the page it was chosen on");
        assertNotEquals(lightBackground, background(), "the dark theme's colours apply");
        assertEquals(List.of(), browser.cspViolations());
        browser.screenshot("theme-dark-account");

        browser.open("/app/orderlog");
        assertEquals("dark", theme(), "the choice stays for the next page");
        browser.driver().findElement(By.id("theme-toggle")).click();
        browser.await(ExpectedConditions.attributeToBe(By.tagName("body"), "data-theme", "light"));
        assertEquals(lightBackground, background());
        browser.screenshot("theme-light-orderlog");
    }

    @Test
    void theSwitchIsAFormThatWorksWithoutJavaScriptAndStaysOnThisSite() {
        WebClient noScript = new WebClient();
        assertEquals(303, Installation.logIn(noScript, Installation.PASSWORD).statusCode());
        HttpResponse<String> page = noScript.get("/app/orderlog");
        assertEquals(200, page.statusCode());
        String token = WebClient.csrfToken(page);

        HttpResponse<String> chosen = noScript.postForm("/app/theme", Map.of("_csrf", token, "theme", "dark",
                "back", "/app/orderlog"));
        assertEquals(303, chosen.statusCode(), chosen.body());
        assertEquals("/app/orderlog", chosen.headers().firstValue("Location").orElseThrow());
        String cookie = chosen.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("algogate_theme="))
                .findFirst().orElseThrow();
        assertTrue(cookie.startsWith("algogate_theme=dark") && cookie.contains("HttpOnly"), cookie);
        assertTrue(noScript.get("/app/orderlog").body().contains("<body data-theme=\"dark\""));

        for (String away : List.of("https://evil.example/app/dashboard", "//evil.example/app/x", "/app/../evil",
                "/\\evil.example")) {
            HttpResponse<String> refused = noScript.postForm("/app/theme", Map.of("_csrf", token, "theme", "light",
                    "back", away));
            assertEquals(303, refused.statusCode());
            assertEquals("/app/dashboard", refused.headers().firstValue("Location").orElseThrow(), away);
        }
    }

    private static String theme() {
        return browser.driver().findElement(By.tagName("body")).getAttribute("data-theme");
    }

    private static String background() {
        return String.valueOf(browser.driver().executeScript(
                "return getComputedStyle(document.body).backgroundColor;"));
    }
}
