package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Browser;
import io.algogate.it.support.BrowserLogin;
import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The strategy pages in a real browser (issue 9): create a strategy with its first symbol, see its
 * absolute webhook URL and place an order by posting to it, edit it, switch it off (its webhook refuses
 * signals), delete it (its webhook is gone); and strategy and symbol names that outsiders could have
 * chosen render as text. Every page without a Content Security Policy violation, screenshots in both themes.
 */
class StrategiesBrowserIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";
    /** A symbol no other IT's strategy trades; LONG entry then exit leaves the position flat. */
    private static final String SYMBOL = "TATASTEEL";
    private static Browser browser;

    @BeforeAll
    static void start() {
        ItServer.awaitReady();
        Installation.apiKey();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedInDuringTradingHours() {
        Control.toTradingHours();
        Installation.liveApiKey();
        BrowserLogin.logIn(browser, Installation.PASSWORD);
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private static void open(String path) {
        browser.open(path);
        assertEquals(List.of(), browser.cspViolations(), path);
    }

    private static void submit(WebElement button) {
        WebElement page = driver().findElement(By.tagName("html"));
        button.click();
        BrowserLogin.waitFor(browser).until(ExpectedConditions.stalenessOf(page));
        assertNoAlert();
        assertEquals(List.of(), browser.cspViolations(), "after a submit");
    }

    private static void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> driver().switchTo().alert(), "no script ran");
    }

    private static void type(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Fills the new-strategy form: positional (no window to fall outside of), with one symbol mapped. */
    private static void create(String name, String symbol, int quantity) {
        open("/app/strategies");
        type("strategy-name", name);
        new Select(driver().findElement(By.id("strategy-mode"))).selectByValue("LONG");
        if (driver().findElement(By.id("strategy-intraday")).isSelected()) {
            driver().findElement(By.id("strategy-intraday")).click();
        }
        type("mapping-symbol", symbol);
        new Select(driver().findElement(By.id("mapping-exchange"))).selectByValue("NSE");
        type("mapping-quantity", Integer.toString(quantity));
        new Select(driver().findElement(By.id("mapping-product"))).selectByValue("MIS");
        submit(driver().findElement(By.id("strategy-create")));
        assertTrue(driver().findElement(By.id("strategies-notice")).getText().contains("Strategy created"),
                driver().getPageSource());
    }

    private static WebElement row(String strategyId) {
        return driver().findElement(By.cssSelector("table#strategies tr[data-strategy-id='" + strategyId + "']"));
    }

    private static HttpResponse<String> webhook(String url, String body) {
        Control.advance(Duration.ofSeconds(1)); // exits are smart orders: at most two a second per key
        String path = URI.create(url).getRawPath();
        return new WebClient().send(HttpRequest.newBuilder(ItServer.http(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void aStrategyMadeOnThePageTradesThroughItsWebhookAndIsEditedSwitchedOffAndDeleted() {
        String name = "ui-" + System.nanoTime();
        create(name, SYMBOL, 2);
        String strategyId = driver().findElement(By.cssSelector("[data-strategy-id]")).getAttribute("data-strategy-id");
        assertEquals(name, driver().findElement(By.id("strategy-title")).getText());
        browser.screenshot("strategy-edit");

        open("/app/strategies");
        BrowserLogin.switchTheme(browser, "light");
        WebElement row = row(strategyId);
        assertEquals(name, row.findElement(By.cssSelector(".strategy-name")).getText());
        assertEquals(SYMBOL, row.findElement(By.cssSelector(".mapping-symbol")).getText());
        String url = row.findElement(By.cssSelector(".webhook-url")).getText();
        assertTrue(url.matches("https?://[^/]+/strategy/webhook/[0-9a-f-]{36}"), url);
        assertTrue(row.findElement(By.cssSelector(".copy-webhook")).isDisplayed(), "copy.js shows the copy button");
        browser.screenshot("strategies");
        BrowserLogin.switchTheme(browser, "dark");
        browser.screenshot("strategies-dark");
        BrowserLogin.switchTheme(browser, "light");

        HttpResponse<String> entry = webhook(url, "{\"symbol\":\"" + SYMBOL + "\",\"action\":\"BUY\"}");
        assertEquals(200, entry.statusCode(), entry.body());
        JsonObject placed = Json.parse(entry.body());
        assertEquals("success", placed.getString("status"), entry.body());
        assertFalse(placed.getString("orderid").isEmpty());
        HttpResponse<String> exit = webhook(url, "{\"symbol\":\"" + SYMBOL + "\",\"action\":\"SELL\"}");
        assertEquals(200, exit.statusCode(), "the exit flattens the position: " + exit.body());

        // Edit: a new name and mode; the webhook URL stays.
        row(strategyId).findElement(By.cssSelector("a.edit-strategy")).click();
        BrowserLogin.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("strategy-edit-form")));
        assertEquals(List.of(), browser.cspViolations());
        type("strategy-name", name + "-edited");
        new Select(driver().findElement(By.id("strategy-mode"))).selectByValue("BOTH");
        submit(driver().findElement(By.id("strategy-save")));
        assertEquals(name + "-edited", driver().findElement(By.id("strategy-title")).getText());
        assertEquals(url, driver().findElement(By.id("webhook-url")).getText(), "the webhook id survives an edit");
        assertEquals(SYMBOL, driver().findElement(By.cssSelector("td.mapping-symbol")).getText(), "the mapping too");

        // A refused edit names the field and keeps what was typed.
        driver().findElement(By.id("strategy-intraday")).click();
        // A time field's keyboard entry follows the browser's locale; its value does not.
        browser.driver().executeScript("document.getElementById('strategy-start').value = '15:00';"
                + "document.getElementById('strategy-end').value = '10:00';");
        submit(driver().findElement(By.id("strategy-save")));
        assertTrue(driver().findElement(By.id("strategies-error")).getText().contains("end_time"));

        // Switched off, its webhook refuses signals.
        open("/app/strategies");
        submit(row(strategyId).findElement(By.cssSelector("button.toggle-strategy")));
        assertEquals("off", row(strategyId).findElement(By.cssSelector(".strategy-state")).getText());
        HttpResponse<String> refused = webhook(url, "{\"symbol\":\"" + SYMBOL + "\",\"action\":\"BUY\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("inactive"), refused.body());
        submit(row(strategyId).findElement(By.cssSelector("button.toggle-strategy")));
        assertEquals("on", row(strategyId).findElement(By.cssSelector(".strategy-state")).getText());

        open("/app/strategies/" + strategyId);
        submit(driver().findElement(By.id("strategy-delete")));
        assertTrue(driver().findElement(By.id("strategies-notice")).getText().contains("deleted"));
        assertTrue(driver().findElements(By.cssSelector("tr[data-strategy-id='" + strategyId + "']")).isEmpty());
        assertEquals(404, webhook(url, "{\"symbol\":\"" + SYMBOL + "\",\"action\":\"BUY\"}").statusCode(),
                "a deleted strategy's webhook is gone");
        browser.open("/app/strategies/" + strategyId);
        assertTrue(driver().findElement(By.id("strategies-error")).getText().contains("No such strategy"));
    }

    @Test
    void strategyAndSymbolNamesRenderAsText() {
        create(SCRIPT, IMG, 1);
        String strategyId = driver().findElement(By.cssSelector("[data-strategy-id]")).getAttribute("data-strategy-id");
        try {
            assertEquals(SCRIPT, driver().findElement(By.id("strategy-title")).getText());
            assertEquals(IMG, driver().findElement(By.cssSelector("td.mapping-symbol")).getText());

            type("mapping-symbol", SCRIPT);
            submit(driver().findElement(By.id("mapping-add")));
            assertEquals(2, driver().findElements(By.cssSelector("td.mapping-symbol")).size());
            browser.screenshot("strategy-xss");

            open("/app/strategies");
            assertNoAlert();
            WebElement row = row(strategyId);
            assertEquals(SCRIPT, row.findElement(By.cssSelector(".strategy-name")).getText());
            assertEquals(List.of(IMG, SCRIPT), row.findElements(By.cssSelector(".mapping-symbol")).stream()
                    .map(WebElement::getText).toList());
            assertTrue(driver().findElements(By.cssSelector("img[src='x']")).isEmpty(), "no element was injected");

            // The remove button carries the quoted name back intact.
            open("/app/strategies/" + strategyId);
            submit(driver().findElement(By.cssSelector("tr[data-symbol='" + IMG.replace("'", "\\'") + "'] button.remove-mapping")));
            assertEquals(List.of(SCRIPT), driver().findElements(By.cssSelector("td.mapping-symbol")).stream()
                    .map(WebElement::getText).toList());
        } finally {
            open("/app/strategies/" + strategyId);
            submit(driver().findElement(By.id("strategy-delete")));
        }
    }
}
