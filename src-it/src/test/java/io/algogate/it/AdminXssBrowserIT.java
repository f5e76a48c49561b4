package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.AdminBrowser;
import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.RawHttp;
import io.algogate.it.support.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * XSS on the admin pages (issue 9): strings outsiders control (404 paths tried, traffic-log paths,
 * usernames typed at the login form, session user agents) carrying markup are shown as text on every
 * admin page: no alert, no element made from them, the literal text visible, no CSP violation.
 */
class AdminXssBrowserIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    /** A request line cannot hold spaces: the image payload as a path, with its spaces encoded. */
    private static final String IMAGE_PATH = "/\"><img%20src=x%20onerror=alert(1)>";
    private static String scanner;
    private static AdminBrowser admin;

    @BeforeAll
    static void produceHostileStringsThenOpenTheBrowser() {
        ItServer.awaitReady();
        Installation.apiKey();
        Control.reset();
        scanner = new WebClient().address();
        for (String path : List.of("/" + SCRIPT, IMAGE_PATH)) {
            String response = RawHttp.get("127.0.0.1", path, "X-Forwarded-For: " + scanner);
            assertEquals(404, RawHttp.status(response), path + ": " + response);
        }
        for (String username : List.of(SCRIPT, IMAGE)) {
            WebClient guesser = new WebClient();
            HttpResponse<String> form = guesser.get("/app/login");
            HttpResponse<String> refused = guesser.postForm("/app/login", java.util.Map.of("_csrf",
                    WebClient.csrfToken(form), "username", username, "password", "not the password"));
            assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, refused.statusCode() + refused.body());
        }
        for (String userAgent : List.of(SCRIPT, IMAGE)) {
            WebClient device = new WebClient();
            HttpResponse<String> form = device.send(HttpRequest.newBuilder(ItServer.http("/app/login"))
                    .header("User-Agent", userAgent).GET());
            String body = "_csrf=" + encode(WebClient.csrfToken(form)) + "&username=" + encode(Installation.USERNAME)
                    + "&password=" + encode(Installation.PASSWORD);
            HttpResponse<String> login = device.send(HttpRequest.newBuilder(ItServer.http("/app/login"))
                    .header("User-Agent", userAgent).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(303, login.statusCode(), login.body());
        }
        Control.post("/__test/traffic/flush");
        // Last, so none of the logins above evicts the browser's session.
        admin = new AdminBrowser();
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    void notFoundPathsTriedAreTextOnTheSecurityPage() {
        admin.visit("/app/admin/security", "admin-xss-security");
        String tried = admin.browser().driver().findElement(By.cssSelector("#not-found-tracker tr[data-client=\""
                + scanner + "\"]")).getText();
        assertTrue(tried.contains("/" + SCRIPT), tried);
        assertTrue(tried.contains(IMAGE_PATH), tried);
        assertNoElementFromData();
    }

    @Test
    void trafficLogPathsAreTextOnTheTrafficPage() {
        admin.visit("/app/admin/traffic?ip=" + scanner, "admin-xss-traffic");
        String table = admin.browser().driver().findElement(By.id("traffic")).getText();
        assertTrue(table.contains("/" + SCRIPT), table);
        assertTrue(table.contains(IMAGE_PATH), table);
        String stats = admin.browser().driver().findElement(By.id("traffic-stats")).getText();
        assertTrue(stats.contains("/" + SCRIPT), stats);
        assertNoElementFromData();
    }

    @Test
    void loginUsernamesAreTextOnTheLoginsPage() {
        admin.visit("/app/admin/logins", "admin-xss-logins");
        String table = admin.browser().driver().findElement(By.id("login-activity")).getText();
        assertTrue(table.contains(SCRIPT), table);
        assertTrue(table.contains(IMAGE), table);
        assertNoElementFromData();
    }

    @Test
    void sessionUserAgentsAreTextOnTheSessionsPage() {
        admin.visit("/app/admin/sessions", "admin-xss-sessions");
        String table = admin.browser().driver().findElement(By.id("sessions")).getText();
        assertTrue(table.contains(SCRIPT), table);
        assertTrue(table.contains(IMAGE), table);
        assertNoElementFromData();
    }

    /** No element was made from the data: the page's own markup has no script or image in main. */
    private static void assertNoElementFromData() {
        assertEquals(List.of(), admin.browser().driver().findElements(By.cssSelector("main script, main img")));
        admin.checkPage();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
