package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.algogate.it.support.Authenticator;
import io.algogate.it.support.Browser;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.ServerControl;
import io.algogate.it.support.SideServer;
import io.algogate.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A trader's whole first day, in one browser, in order (issue 9's acceptance list): first-run setup,
 * turning on two-factor and logging in with a code, an order from the ticket, seen in the order book
 * and cancelled there, a new API key, a strategy, a ban and an unban, the theme, logging out. Each
 * step is a test of its own (in order, sharing the browser), so one missing page does not hide how the
 * others fare, and each step saves a screenshot ({@code journey-NN-...}) and finds no CSP violation.
 * The steps on pages other helpers build (ticket, order book, API key regeneration, strategies, admin
 * security) find them by the shared element-id contract and are skipped, saying so, where the page is
 * not there yet ({@link #openContractPage}).
 *
 * <p>First-run setup needs an installation nobody has set up. The IT server's admin is shared by every
 * IT and may exist already, and turning the installation back to first run would pull it from under
 * them; so this test runs on a server of its own ({@link SideServer}: the same Liberty, configuration
 * and WAR, the test profile, a fresh home), started here and stopped after. Two-factor, the ban and
 * the theme it leaves behind stay there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardJourneyIT {

    private static final int BASE_PORT = Integer.getInteger("it.journey.base.port",
            Integer.getInteger("it.prod.base.port", 9290) + 5);
    private static final String USERNAME = "journey";
    private static final String EMAIL = "journey@example.com";
    private static final String PASSWORD = "J0urney#Pass";
    private static final String STRATEGY = "Journey <script>alert(1)</script>";
    private static final String BANNED_IP = "203.0.113.199";
    private static final String HEX_KEY = "[0-9a-f]{64}";

    private static SideServer server;
    private static ServerControl control;
    private static Browser browser;
    private static String setupKey;
    private static String orderId;

    @BeforeAll
    static void startAFreshServer() {
        server = SideServer.create("journey", BASE_PORT);
        server.write("bootstrap.properties", "db.kind=derby\n");
        server.write("jvm.options", "-Xmx384m\n");
        List<String> env = new java.util.ArrayList<>(SideServer.itServerEnv().stream()
                .filter(line -> !line.startsWith("keystore_password=") && !line.startsWith("ALGOGATE_HOME=")
                        && !line.startsWith("ALGOGATE_PUBLIC_BASE_URL="))
                .toList());
        env.add("ALGOGATE_HOME=" + server.home());
        env.add("ALGOGATE_PUBLIC_BASE_URL=http://localhost:" + server.httpPort());
        server.writeEnv(env);
        server.start();
        ItServer.awaitAnswering(server.http("/app/login"), Duration.ofSeconds(180));
        control = new ServerControl(server.http(""));
        // Before anyone logs in: moving the clock across the 03:00 cut-off later would end the session.
        control.toTradingHours();
        browser = new Browser(server.http(""));
    }

    @AfterAll
    static void stopTheServer() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    @Order(1)
    void firstRunSetupCreatesTheAdminAndShowsTheKeyOnce() {
        browser.open("/");
        browser.await(ExpectedConditions.urlContains("/app/setup"));
        step("01-setup");
        browser.driver().findElement(By.id("username")).sendKeys(USERNAME);
        browser.driver().findElement(By.id("email")).sendKeys(EMAIL);
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD);
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        setupKey = browser.await(ExpectedConditions.presenceOfElementLocated(By.id("api-key"))).getText().trim();
        assertTrue(setupKey.matches(HEX_KEY), setupKey);
        step("02-setup-done");

        browser.open("/app/setup");
        assertEquals("/app/login", browser.path(), "setup is closed once the admin exists");
    }

    @Test
    @Order(2)
    void twoFactorIsTurnedOnFromTheProfileAndAskedAtTheNextLogin() {
        browser.logIn(USERNAME, PASSWORD);
        assertEquals("/app/dashboard", browser.path());
        step("03-dashboard");

        browser.open("/app/profile/totp");
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        String secret = browser.await(ExpectedConditions.presenceOfElementLocated(By.id("totp-secret"))).getText();
        step("04-totp-set-up");
        Authenticator app = new Authenticator(secret);
        browser.driver().findElement(By.id("code")).sendKeys(app.codeAt(control.now()));
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.await(ExpectedConditions.textToBe(By.id("totp-notice"), "Two-factor is on."));

        control.advance(Duration.ofSeconds(30)); // a code is good once: the next one is a step later
        WebElement atLogin = browser.driver().findElement(By.cssSelector("input[type=checkbox][name=login]"));
        if (!atLogin.isSelected()) {
            atLogin.click();
        }
        browser.driver().findElement(By.id("purposes-code")).sendKeys(app.codeAt(control.now()));
        browser.driver().findElement(By.id("purposes-code")).submit();
        browser.await(ExpectedConditions.textToBe(By.id("totp-notice"), "Saved."));
        step("05-totp-on");

        browser.driver().findElement(By.id("logout")).click();
        browser.await(ExpectedConditions.urlContains("/app/login"));

        browser.submitLogin(USERNAME, PASSWORD);
        browser.await(ExpectedConditions.urlContains("/app/login/totp"));
        step("06-login-totp");
        control.advance(Duration.ofSeconds(30));
        browser.driver().findElement(By.id("code")).sendKeys(app.codeAt(control.now()));
        browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();
        browser.await(ExpectedConditions.urlContains("/app/dashboard"));
        step("07-dashboard-after-totp");
    }

    @Test
    @Order(3)
    void anOrderFromTheTicketIsPlaced() {
        openContractPage("/app/ticket", By.id("ticket-form"));
        WebElement form = browser.driver().findElement(By.id("ticket-form"));
        form.findElement(By.name("symbol")).sendKeys("SBIN");
        WebElement exchange = form.findElement(By.name("exchange"));
        if ("select".equals(exchange.getTagName())) {
            new Select(exchange).selectByValue("NSE");
        } else {
            exchange.clear();
            exchange.sendKeys("NSE");
        }
        new Select(form.findElement(By.name("action"))).selectByValue("BUY");
        form.findElement(By.name("quantity")).clear();
        form.findElement(By.name("quantity")).sendKeys("1");
        new Select(form.findElement(By.name("pricetype"))).selectByValue("LIMIT");
        new Select(form.findElement(By.name("product"))).selectByValue("CNC");
        // Far below SBIN's price: the order stays open, so the order book can cancel it.
        form.findElement(By.name("price")).clear();
        form.findElement(By.name("price")).sendKeys("100");
        step("08-ticket");
        browser.driver().findElement(By.id("ticket-submit")).click();
        orderId = browser.await(ExpectedConditions.presenceOfElementLocated(By.id("ticket-result")))
                .getAttribute("data-order-id");
        assertFalse(orderId == null || orderId.isBlank(), "the ticket names the order");
        step("09-ticket-placed");
    }

    @Test
    @Order(4)
    void theOrderIsInTheOrderBookAndIsCancelledThere() {
        openContractPage("/app/orders", By.id("orderbook"));
        assertFalse(orderId == null, "needs the order from the ticket");
        By row = By.cssSelector("table#orderbook tr[data-order-id='" + orderId + "']");
        // live.js may rebuild the rows at any moment: every look at the row finds it again.
        String status = browser.await(driver -> driver.findElement(row).findElement(By.cssSelector("td.status")).getText());
        assertFalse(status.toLowerCase().contains("cancel"), status);
        step("10-orderbook");
        browser.await(driver -> {
            driver.findElement(row).findElement(By.cssSelector("button.cancel")).click();
            return true;
        });
        browser.await(driver -> driver.findElement(row).findElement(By.cssSelector("td.status")).getText()
                .toLowerCase().contains("cancel"));
        step("11-orderbook-cancelled");
    }

    @Test
    @Order(5)
    void theApiKeyIsRegeneratedAndShownOnce() {
        openContractPage("/app/account", By.id("regenerate-key"));
        String masked = browser.driver().findElement(By.id("api-key-masked")).getText();
        assertFalse(masked.contains(setupKey), "the key is masked");
        browser.driver().findElement(By.id("regenerate-key")).click();
        String key = browser.await(ExpectedConditions.presenceOfElementLocated(By.id("api-key"))).getText().trim();
        assertTrue(key.matches(HEX_KEY), key);
        assertNotEquals(setupKey, key);
        step("12-api-key");
        WebClient api = new WebClient(server.http(""), null);
        HttpResponse<String> ping = api.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}");
        assertEquals(200, ping.statusCode(), ping.body());
        assertEquals(403, api.postJson("/api/v1/ping", "{\"apikey\":\"" + setupKey + "\"}").statusCode(),
                "the old key is gone");
        browser.open("/app/account");
        assertTrue(browser.driver().findElements(By.id("api-key")).isEmpty(), "shown once");
    }

    @Test
    @Order(6)
    void aStrategyIsCreatedAndItsNameIsText() {
        openContractPage("/app/strategies", By.id("strategy-form"));
        WebElement form = browser.driver().findElement(By.id("strategy-form"));
        form.findElement(By.name("name")).sendKeys(STRATEGY);
        // Positional (no window to fall outside of), one symbol mapped, as a trader would set it up.
        new Select(browser.driver().findElement(By.id("strategy-mode"))).selectByValue("LONG");
        if (browser.driver().findElement(By.id("strategy-intraday")).isSelected()) {
            browser.driver().findElement(By.id("strategy-intraday")).click();
        }
        browser.driver().findElement(By.id("mapping-symbol")).sendKeys("SBIN");
        new Select(browser.driver().findElement(By.id("mapping-exchange"))).selectByValue("NSE");
        browser.driver().findElement(By.id("mapping-quantity")).sendKeys("1");
        new Select(browser.driver().findElement(By.id("mapping-product"))).selectByValue("MIS");
        browser.driver().findElement(By.id("strategy-create")).click();
        // Creating shows the new strategy's own page; the list is one link away.
        browser.await(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Strategy created"));
        browser.open("/app/strategies");
        WebElement row;
        try {
            row = browser.await(driver -> driver.findElements(By.cssSelector("table#strategies tr[data-strategy-id]"))
                    .stream().filter(r -> r.getText().contains(STRATEGY)).findFirst().orElse(null));
        } catch (org.openqa.selenium.TimeoutException noRow) {
            browser.screenshot("13-strategy-failed");
            throw new AssertionError("no strategy row; the page says: "
                    + browser.driver().findElement(By.tagName("main")).getText(), noRow);
        }
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert());
        assertTrue(row.findElement(By.cssSelector(".webhook-url")).getText().contains("/strategy/webhook/"),
                row.getText());
        step("13-strategy");
    }

    @Test
    @Order(7)
    void anIpIsBannedAndUnbannedFromTheSecurityPage() {
        openContractPage("/app/admin/security", By.id("ban-form"));
        WebElement form = browser.driver().findElement(By.id("ban-form"));
        form.findElement(By.name("ip")).sendKeys(BANNED_IP);
        form.findElement(By.name("reason")).sendKeys("journey test");
        WebElement hours = form.findElement(By.name("duration_hours"));
        hours.clear();
        hours.sendKeys("1");
        browser.driver().findElement(By.id("ban-submit")).click();
        By row = By.cssSelector("table#bans tr[data-ip='" + BANNED_IP + "']");
        browser.await(ExpectedConditions.presenceOfElementLocated(row));
        step("14-banned");
        browser.driver().findElement(row).findElement(By.cssSelector("button.unban")).click();
        browser.await(ExpectedConditions.numberOfElementsToBe(row, 0));
        step("15-unbanned");
    }

    @Test
    @Order(8)
    void theThemeSwitchesAndStaysOnTheNextPage() {
        browser.open("/app/dashboard");
        String before = browser.driver().findElement(By.tagName("body")).getAttribute("data-theme");
        String background = background();
        String next = browser.driver().findElement(By.id("theme-toggle")).getAttribute("data-theme-next");
        assertNotEquals(before, next);
        browser.driver().findElement(By.id("theme-toggle")).click();
        browser.await(ExpectedConditions.attributeToBe(By.tagName("body"), "data-theme", next));
        assertNotEquals(background, background(), "the colours change");
        step("16-theme-" + next);
        browser.open("/app/account");
        assertEquals(next, browser.driver().findElement(By.tagName("body")).getAttribute("data-theme"),
                "the choice stays for the next page");
    }

    @Test
    @Order(9)
    void loggingOutEndsTheSession() {
        browser.open("/app/dashboard");
        browser.driver().findElement(By.id("logout")).click();
        browser.await(ExpectedConditions.urlContains("/app/login"));
        step("17-logged-out");
        browser.open("/app/dashboard");
        assertEquals("/app/login", browser.path());
    }

    /**
     * Opens a page another helper builds to the shared element-id contract (issue 9). Until that work is
     * merged the page (or its control) is missing here, and the step is skipped, saying so; once merged,
     * the step runs, and a DashboardJourneyIT with skipped steps means a page is still missing.
     */
    private static void openContractPage(String route, By control) {
        browser.open(route);
        assumeTrue(!browser.driver().findElements(control).isEmpty(),
                route + " with " + control + " is not on this branch yet (another helper's page)");
    }

    /** Every step: no Content Security Policy violation, and a screenshot. */
    private static void step(String name) {
        assertEquals(List.of(), browser.cspViolations(), name);
        browser.screenshot("journey-" + name);
    }

    private static String background() {
        return String.valueOf(browser.driver().executeScript("return getComputedStyle(document.body).backgroundColor;"));
    }
}
