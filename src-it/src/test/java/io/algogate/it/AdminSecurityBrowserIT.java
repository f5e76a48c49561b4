package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.AdminBrowser;
import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.WebClient;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin's security pages in a real browser (issue 9): ban an address from the form and it is
 * refused, unban it and it is served; end another browser's session and it is logged out; the traffic
 * page's filters narrow it, its figures and chart are there, and its CSV export is formula-safe. No page
 * violates the CSP; each is screenshot in the light theme, and the traffic and security pages in dark.
 */
class AdminSecurityBrowserIT {

    private static final String BANNED = "Access Denied: Your IP has been banned";
    private static AdminBrowser admin;
    /** The admin over plain HTTP, for status codes and the CSV; one session for the class. */
    private static WebClient adminClient;

    @BeforeAll
    static void start() {
        ItServer.awaitReady();
        Installation.apiKey();
        Control.reset();
        admin = new AdminBrowser();
        adminClient = new Admin().browser();
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    void aBanFromTheFormRefusesTheAddressUntilItIsLifted() {
        WebClient victim = new WebClient();
        assertEquals(200, victim.get("/app/login").statusCode());
        admin.visit("/app/admin/security", "admin-security");
        var driver = admin.browser().driver();

        driver.findElement(By.cssSelector("#ban-form input[name=ip]")).sendKeys(victim.address());
        driver.findElement(By.cssSelector("#ban-form input[name=reason]")).sendKeys("browser IT ban");
        driver.findElement(By.cssSelector("#ban-form input[name=duration_hours]")).sendKeys("2");
        driver.findElement(By.id("ban-submit")).click();
        By row = By.cssSelector("#bans tr[data-ip=\"" + victim.address() + "\"]");
        WebElement banned = admin.waiting().until(ExpectedConditions.presenceOfElementLocated(row));
        admin.checkPage();
        assertTrue(banned.findElement(By.className("ban-expiry")).getText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"),
                "a two-hour ban shows when it ends: " + banned.getText());
        assertEquals("browser IT ban", banned.findElement(By.className("ban-reason")).getText());
        assertEquals("1", banned.findElement(By.className("ban-count")).getText());
        admin.browser().screenshot("admin-security-banned");

        // Outside /app the refusal is the ban filter's plain text (a dashboard page gets it in the layout).
        HttpResponse<String> refused = victim.get("/");
        assertEquals(403, refused.statusCode());
        assertEquals(BANNED, refused.body());

        banned.findElement(By.cssSelector("button.unban")).click();
        admin.waiting().until(ExpectedConditions.stalenessOf(banned));
        admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ban-form")));
        admin.checkPage();
        assertTrue(driver.findElements(row).isEmpty(), "the lifted ban is gone from the table");
        assertEquals(200, victim.get("/app/login").statusCode(), "the address is served again at once");
    }

    @Test
    void aBadOrUnauthorisedBanIsRefusedAndChangesNothing() {
        WebClient browser = adminClient;
        String address = new WebClient().address();
        HttpResponse<String> page = browser.get("/app/admin/security");
        assertEquals(200, page.statusCode());
        String token = WebClient.csrfToken(page);

        HttpResponse<String> noToken = browser.postForm("/app/admin/security/ban",
                Map.of("ip", address, "reason", "no token", "duration_hours", "1"));
        assertEquals(403, noToken.statusCode());
        HttpResponse<String> badAddress = browser.postForm("/app/admin/security/ban",
                Map.of("_csrf", token, "ip", "203.0.113.300", "reason", "typo", "duration_hours", "1"));
        assertEquals(400, badAddress.statusCode());
        assertTrue(badAddress.body().contains("id=\"security-error\" role=\"alert\">The IP must be an IPv4 or IPv6 address."),
                badAddress.body());
        assertTrue(badAddress.body().contains("value=\"203.0.113.300\""), "the form keeps what was typed");
        HttpResponse<String> badHours = browser.postForm("/app/admin/security/ban",
                Map.of("_csrf", token, "ip", address, "reason", "typo", "duration_hours", "soon"));
        assertEquals(400, badHours.statusCode());
        HttpResponse<String> loopback = browser.postForm("/app/admin/security/ban",
                Map.of("_csrf", token, "ip", "127.0.0.1", "reason", "never", "duration_hours", ""));
        assertEquals(409, loopback.statusCode());
        assertTrue(loopback.body().contains("never-ban list"), loopback.body());
        HttpResponse<String> unknown = browser.postForm("/app/admin/security/unban", Map.of("_csrf", token, "ip", address));
        assertEquals(404, unknown.statusCode());

        String after = browser.get("/app/admin/security").body();
        assertFalse(after.contains("data-ip=\"" + address + "\""), "no refused request banned anything");
        assertFalse(after.contains("data-ip=\"127.0.0.1\""));
        assertEquals(200, new WebClient(address).get("/app/login").statusCode());

        for (String path : List.of("/app/admin/security", "/app/admin/logins", "/app/admin/sessions",
                "/app/admin/traffic", "/app/plugins")) {
            HttpResponse<String> anonymous = new WebClient().get(path);
            assertEquals(303, anonymous.statusCode(), path);
            assertTrue(anonymous.headers().firstValue("Location").orElseThrow().endsWith("/app/login"), path);
        }
    }

    @Test
    void endingAnotherSessionLogsThatBrowserOut() {
        WebClient other = new WebClient();
        assertEquals(303, Installation.logIn(other, Installation.PASSWORD).statusCode());
        assertEquals(200, other.get("/app/dashboard").statusCode());

        admin.visit("/app/admin/sessions", "admin-sessions");
        var driver = admin.browser().driver();
        assertEquals(1, driver.findElements(By.cssSelector("#sessions .this-session")).size(), "this session is marked");
        By otherRow = By.xpath("//table[@id='sessions']//tr[td[2][normalize-space()='" + other.address() + "']]");
        WebElement row = driver.findElement(otherRow);
        assertTrue(row.findElements(By.className("this-session")).isEmpty());
        row.findElement(By.cssSelector("button.end-session")).click();
        admin.waiting().until(ExpectedConditions.stalenessOf(row));
        admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sessions")));
        admin.checkPage();
        assertTrue(driver.findElements(otherRow).isEmpty(), "the ended session is gone");
        assertEquals(1, driver.findElements(By.cssSelector("#sessions .this-session")).size(), "this one is still in");

        HttpResponse<String> loggedOut = other.get("/app/dashboard");
        assertEquals(303, loggedOut.statusCode());
        assertTrue(loggedOut.headers().firstValue("Location").orElseThrow().contains("/app/login"));
    }

    @Test
    void theLoginsAndPluginsPagesFitTheFrame() {
        admin.visit("/app/admin/logins", "admin-logins");
        var driver = admin.browser().driver();
        assertFalse(driver.findElements(By.cssSelector("#login-activity tbody tr")).isEmpty(), "the logins are listed");
        assertEquals("page", driver.findElement(By.id("nav-logins")).getAttribute("aria-current"));

        admin.visit("/app/plugins", "admin-plugins");
        List<String> statuses = driver.findElements(By.cssSelector("#plugins .plugin-status")).stream()
                .map(WebElement::getText).toList();
        assertTrue(statuses.contains("active"), "the active plugin is shown: " + statuses);
        assertEquals("page", driver.findElement(By.id("plugins-link")).getAttribute("aria-current"));
    }

    @Test
    void theTrafficPageFiltersChartsAndExportsFormulaSafeCsv() {
        WebClient client = new WebClient();
        assertEquals(200, client.get("/app/login").statusCode());
        assertEquals(404, client.get("/=cmd%7C'%20/C%20calc'!A0").statusCode());
        // The method is the one cell a client can start with a formula character: a tchar such as - or +.
        client.send(HttpRequest.newBuilder(ItServer.http("/app/login")).method("-2+3", HttpRequest.BodyPublishers.noBody()));
        Control.post("/__test/traffic/flush");

        admin.visit("/app/admin/traffic", "admin-traffic");
        var driver = admin.browser().driver();
        driver.findElement(By.cssSelector("#traffic-filters input[name=ip]")).sendKeys(client.address());
        driver.findElement(By.cssSelector("#traffic-filters button[type=submit]")).click();
        admin.waiting().until(ExpectedConditions.urlContains("ip="));
        admin.checkPage();
        List<WebElement> rows = driver.findElements(By.cssSelector("#traffic tr.traffic-row"));
        assertEquals(3, rows.size(), "only this client's requests");
        assertTrue(rows.stream().allMatch(r -> r.findElement(By.className("traffic-ip")).getText().equals(client.address())));
        assertTrue(driver.findElements(By.cssSelector("#traffic-stats tbody tr")).size() >= 2, "per-path figures");
        assertFalse(driver.findElements(By.cssSelector("svg#traffic-chart rect.bar-good")).isEmpty(), "answered bars");
        assertFalse(driver.findElements(By.cssSelector("svg#traffic-chart rect.bar-bad")).isEmpty(), "error bars");
        showChart();
        admin.browser().screenshot("admin-traffic-filtered");

        new Select(driver.findElement(By.cssSelector("#traffic-filters select[name=status]"))).selectByValue("4xx");
        driver.findElement(By.cssSelector("#traffic-filters button[type=submit]")).click();
        admin.waiting().until(ExpectedConditions.urlContains("status=4xx"));
        admin.checkPage();
        List<String> statuses = driver.findElements(By.cssSelector("#traffic tr.traffic-row .traffic-status")).stream()
                .map(WebElement::getText).toList();
        assertFalse(statuses.isEmpty());
        assertTrue(statuses.stream().allMatch(s -> s.startsWith("4")), statuses.toString());
        assertTrue(statuses.size() < 3, "the status filter narrows further: " + statuses);

        new Select(driver.findElement(By.cssSelector("#traffic-filters select[name=status]"))).selectByValue("");
        driver.findElement(By.cssSelector("#traffic-filters button[type=submit]")).click();
        admin.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("status=4xx")));
        String csvHref = driver.findElement(By.id("traffic-csv")).getAttribute("href");
        HttpResponse<String> csv = adminClient.get(URI.create(csvHref));
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("time,client_ip,method,path,status,duration_ms,user_id,error", lines.get(0));
        assertEquals(4, lines.size(), "the filtered rows only: " + csv.body());
        assertTrue(csv.body().contains("\"/=cmd%7C'%20/C%20calc'!A0\""), csv.body());
        assertTrue(csv.body().contains("\"'-2+3\""), "the formula-like method is neutralised: " + csv.body());
        assertFalse(csv.body().contains("\"-2+3\""), csv.body());
        for (String line : lines.subList(1, lines.size())) {
            for (String cell : line.split(",")) {
                assertFalse(cell.matches("\"[=+\\-@].*"), "no cell starts with a formula character: " + line);
            }
        }

        admin.switchTheme("dark");
        admin.checkPage();
        showChart();
        admin.browser().screenshot("admin-traffic-dark");
        admin.visit("/app/admin/security", "admin-security-dark");
        admin.switchTheme("light");

        HttpResponse<String> bad = adminClient.get("/app/admin/traffic?status=9xx");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("id=\"traffic-error\" role=\"alert\""), bad.body());
    }

    /** Scrolls the chart into the screenshot's view. */
    private static void showChart() {
        var driver = admin.browser().driver();
        driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("traffic-chart")));
    }
}
