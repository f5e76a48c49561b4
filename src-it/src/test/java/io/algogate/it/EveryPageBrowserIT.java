package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Browser;
import io.algogate.it.support.BrowserPerClass;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.openqa.selenium.By;

/**
 * Every page of the dashboard, found from the deployed controllers (the test profile lists their GET
 * routes, so a page added later is covered without touching this test), opened in a real browser as
 * the admin: no server error, no Content Security Policy violation, the frame ({@code main#main}, and
 * the navigation on signed-in pages), a screenshot in the light and the dark theme, and on a phone's
 * width no sideways scrolling of the whole page (wide tables scroll inside their {@code .scroll}).
 * The public pages and the error pages get the same, logged out.
 */
class EveryPageBrowserIT {

    /** Pages for people who are not signed in: no navigation. */
    private static final List<String> PUBLIC_PREFIXES = List.of("/app/login", "/app/setup", "/app/reset-password");

    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass();
    private static Browser browser;
    private static WebClient admin;

    @BeforeAll
    static void logInAsTheAdmin() {
        ItServer.awaitReady();
        Installation.liveApiKey();
        admin = new Admin().browser();
        browser = BROWSER.browser();
    }

    @Test
    void everySignedInPageHasTheFrameNoCspViolationAndFitsAPhone() {
        List<String> routes = Json.parseArray(new WebClient(null).get("/__test/page-routes").body())
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertTrue(routes.containsAll(List.of("/app/dashboard", "/app/account", "/app/orderlog")), routes.toString());
        browser.startOver();
        browser.logIn(Installation.USERNAME, Installation.PASSWORD);
        browser.cspViolations();
        assertAll(routes.stream().map(route -> (Executable) () -> checkPage(route, true)));
    }

    @Test
    void everyPublicPageAndErrorPageHasTheFrameNoCspViolationAndFitsAPhone() {
        browser.startOver();
        browser.cspViolations();
        assertAll(Stream.of("/app/login", "/app/login?expired=1", "/app/reset-password", "/app/reset-password/totp",
                "/app/reset-password/confirm?token=not-a-token", "/no-such-thing.php",
                "/__test/fail").map(route -> (Executable) () -> checkPage(route, false)));
    }

    @Test
    void unknownPathsGetTheNotFoundPage() {
        WebClient client = new WebClient();
        // Unknown paths under /app are answered by JAX-RS (an empty 404), not yet by this page.
        for (String path : List.of("/no-such-thing.php", "/static/no-such-file.css")) {
            HttpResponse<String> page = client.get(path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("<title>Not found</title>") && page.body().contains("id=\"main\""),
                    path + ": " + page.body());
        }
    }

    private static void checkPage(String route, boolean signedIn) {
        if (signedIn) {
            HttpResponse<String> answer = admin.get(route);
            assertTrue(answer.statusCode() < 500, route + " answered " + answer.statusCode());
            String location = answer.headers().firstValue("Location").orElse("/");
            if (!location.startsWith("/")) {
                return; // off to another site (a broker's login): not a page of ours
            }
        }
        String name = screenshotName(route);
        browser.resize(Browser.DESKTOP);
        browser.open("/app/login");
        browser.useTheme("light");
        browser.open(route);
        assertFrame(route, signedIn, "light");
        browser.screenshot(name);

        browser.useTheme("dark");
        browser.driver().navigate().refresh();
        assertFrame(route, signedIn, "dark");
        browser.screenshot(name + "-dark");

        browser.useTheme("light");
        browser.resize(Browser.PHONE);
        browser.driver().navigate().refresh();
        assertFrame(route, signedIn, "light");
        assertFalse(browser.overflowsHorizontally(), route + " scrolls sideways on a phone");
        browser.screenshot(name + "-phone");
        browser.resize(Browser.DESKTOP);
    }

    private static void assertFrame(String route, boolean signedIn, String theme) {
        assertEquals(List.of(), browser.cspViolations(), route + " in the " + theme + " theme");
        assertEquals(1, browser.driver().findElements(By.cssSelector("main#main")).size(), route + " has main#main");
        assertEquals(theme, browser.driver().findElement(By.tagName("body")).getAttribute("data-theme"), route);
        String shown = browser.path();
        if (signedIn && PUBLIC_PREFIXES.stream().noneMatch(shown::startsWith)) {
            assertFalse(browser.driver().findElements(By.cssSelector("header.bar nav #nav-dashboard")).isEmpty(),
                    route + " (shown as " + shown + ") has the navigation");
            assertFalse(browser.driver().findElements(By.id("logout")).isEmpty(), route + " has the logout button");
        }
    }

    /** {@code /app/profile/totp} is {@code profile-totp}, {@code /app/login?expired=1} {@code login-expired}. */
    static String screenshotName(String route) {
        String path = route.replaceFirst("\\?.*$", "").replaceFirst("^/app/", "").replaceFirst("^/", "");
        String query = route.contains("?") ? "-" + route.substring(route.indexOf('?') + 1).replaceAll("=.*$", "") : "";
        return (path.replaceAll("[^A-Za-z0-9]+", "-") + query).replaceAll("^-+|-+$", "");
    }
}
