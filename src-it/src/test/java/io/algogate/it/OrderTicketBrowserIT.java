package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Browser;
import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.Json;
import io.algogate.it.support.SignedInBrowser;
import io.algogate.it.support.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The order ticket, the order book and the trade book in a real browser: a LIMIT order far from the
 * market placed from the ticket is open in the order book, is modified and then cancelled from there;
 * a bad quantity is named next to its field and places nothing; a refused symbol is echoed as text.
 * Every page is free of CSP violations and has a screenshot in each theme.
 */
class OrderTicketBrowserIT {

    private static final List<String> XSS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>");
    private static Browser browser;

    @BeforeAll
    static void start() {
        browser = SignedInBrowser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aLimitOrderFromTheTicketIsOpenInTheBookIsModifiedThenCancelled() {
        WebDriver driver = browser.driver();
        browser.open("/app/ticket?symbol=ITC&exchange=NSE&action=BUY");
        assertEquals("ITC", driver.findElement(By.id("symbol")).getAttribute("value"), "prefilled from the link");
        assertEquals("BUY", new Select(driver.findElement(By.name("action"))).getFirstSelectedOption().getText());
        browser.screenshot("ticket");
        fill("quantity", "1");
        new Select(driver.findElement(By.name("pricetype"))).selectByValue("LIMIT");
        new Select(driver.findElement(By.name("product"))).selectByValue("CNC");
        fill("price", "300");
        driver.findElement(By.id("ticket-submit")).click();

        WebElement result = SignedInBrowser.waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-result")));
        String orderId = result.getAttribute("data-order-id");
        assertFalse(orderId.isBlank(), result.getText());
        browser.screenshot("ticket-placed");
        assertEquals(List.of(), browser.cspViolations());

        browser.open("/app/orders");
        SignedInBrowser.waitFor(browser).until(d -> "open".equals(SignedInBrowser.statusOf(d, orderId)));
        assertTrue(driver.findElement(By.id("orderbook-stats")).getText().contains("Open"));
        browser.screenshot("orders");

        SignedInBrowser.waitFor(browser).until(d -> {
            row(orderId).findElement(By.cssSelector("a.modify")).click();
            return true;
        });
        SignedInBrowser.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("modify-form")));
        browser.screenshot("order-modify");
        fill("price", "301");
        driver.findElement(By.id("modify-submit")).click();
        SignedInBrowser.waitFor(browser).until(d -> d.findElements(By.id("orders-notice")).size() == 1);
        SignedInBrowser.waitFor(browser).until(d -> row(orderId).getText().contains("301.00"));

        SignedInBrowser.waitFor(browser).until(d -> {
            row(orderId).findElement(By.cssSelector("button.cancel")).click();
            return true;
        });
        SignedInBrowser.waitFor(browser).until(d -> "cancelled".equals(SignedInBrowser.statusOf(d, orderId)));
        SignedInBrowser.waitFor(browser).until(d -> row(orderId).findElements(By.cssSelector("button.cancel")).isEmpty());
        assertEquals(List.of(), browser.cspViolations());

        WebClient admin = new Admin().browser();
        assertTrue(admin.get("/app/orderlog?endpoint=dashboard/placeorder").body().contains(orderId),
                "the ticket's order is in the order log under dashboard/placeorder");
        assertTrue(admin.get("/app/orderlog?endpoint=dashboard/cancelorder").body().contains(orderId));
    }

    @Test
    void aBadQuantityIsNamedNextToItsFieldAndPlacesNothing() {
        WebDriver driver = browser.driver();
        browser.open("/app/orders");
        int before = driver.findElements(By.cssSelector("#orderbook tbody tr")).size();
        browser.open("/app/ticket?symbol=SBIN&exchange=NSE&action=SELL");
        fill("quantity", "abc");
        driver.findElement(By.id("ticket-submit")).click();

        WebElement fieldError = SignedInBrowser.waitFor(browser)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("quantity-error")));
        assertEquals("Not a valid number.", fieldError.getText());
        assertTrue(driver.findElement(By.id("ticket-error")).getText().contains("quantity"));
        assertEquals("abc", driver.findElement(By.id("quantity")).getAttribute("value"), "what was typed is kept");
        assertTrue(driver.findElements(By.id("ticket-result")).isEmpty());
        browser.screenshot("ticket-error");
        assertEquals(List.of(), browser.cspViolations());
        browser.open("/app/orders");
        assertEquals(before, driver.findElements(By.cssSelector("#orderbook tbody tr")).size(), "nothing placed");

        WebClient client = new Admin().browser();
        String token = WebClient.csrfToken(client.get("/app/ticket"));
        HttpResponse<String> refused = client.postForm("/app/ticket", Map.of("_csrf", token, "symbol", "SBIN",
                "exchange", "NSE", "action", "BUY", "quantity", "-3", "pricetype", "MARKET", "product", "MIS"));
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("id=\"quantity-error\""), refused.body());
    }

    @Test
    void aRefusedSymbolIsEchoedAsText() {
        WebDriver driver = browser.driver();
        for (String attack : XSS) {
            browser.open("/app/ticket?symbol=" + URLEncoder.encode(attack, StandardCharsets.UTF_8));
            assertNoAlert(driver);
            assertEquals(attack, driver.findElement(By.id("symbol")).getAttribute("value"));
            driver.findElement(By.id("ticket-submit")).click();
            WebElement error = SignedInBrowser.waitFor(browser)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("ticket-error")));
            assertNoAlert(driver);
            assertTrue(error.isDisplayed());
            assertEquals(attack, driver.findElement(By.id("symbol")).getAttribute("value"), "echoed as text");
            assertTrue(driver.findElements(By.id("ticket-result")).isEmpty());
            assertTrue(driver.findElements(By.cssSelector("main img")).isEmpty(), "no injected element");
        }
        browser.screenshot("ticket-xss");
        assertEquals(List.of(), browser.cspViolations());
    }

    @Test
    void theTradeBookListsAFilledOrderAndEveryPageRendersInTheDarkTheme() {
        String key = Installation.liveApiKey();
        WebClient api = new WebClient();
        HttpResponse<String> bought = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + key + "\",\"strategy\":"
                + "\"ticket-it\",\"exchange\":\"NSE\",\"symbol\":\"TCS\",\"action\":\"BUY\",\"quantity\":\"1\","
                + "\"pricetype\":\"MARKET\",\"product\":\"MIS\"}");
        assertEquals(200, bought.statusCode(), bought.body());
        String orderId = Json.parse(bought.body()).getString("orderid");
        try {
            browser.open("/app/trades");
            WebElement trade = SignedInBrowser.waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#tradebook tr[data-order-id=\"" + orderId + "\"]")));
            assertTrue(trade.getText().contains("TCS"), trade.getText());
            browser.screenshot("trades");
            assertEquals(List.of(), browser.cspViolations());

            SignedInBrowser.useTheme(browser, "dark");
            for (String page : List.of("ticket", "orders", "trades")) {
                browser.open("/app/" + page);
                assertEquals("dark", browser.driver().findElement(By.tagName("body")).getAttribute("data-theme"));
                browser.screenshot(page + "-dark");
                assertEquals(List.of(), browser.cspViolations(), page);
            }
        } finally {
            SignedInBrowser.useTheme(browser, "light");
            api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + key + "\",\"strategy\":\"ticket-it\",\"exchange\":"
                    + "\"NSE\",\"symbol\":\"TCS\",\"action\":\"SELL\",\"quantity\":\"1\",\"pricetype\":\"MARKET\","
                    + "\"product\":\"MIS\"}");
        }
    }

    @Test
    void theTicketDrawsOnTheSameOrderBudgetAsTheApiKey() {
        String key = Installation.liveApiKey();
        WebClient client = new Admin().browser();
        String token = WebClient.csrfToken(client.get("/app/ticket"));
        Control.reset();
        Control.freeze();
        try {
            WebClient api = new WebClient();
            for (int i = 0; i < 10; i++) {
                // Bad bodies: each takes a token of the key's order bucket (10 per second) and places nothing.
                HttpResponse<String> refused = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + key
                        + "\",\"strategy\":\"budget\",\"exchange\":\"NSE\",\"symbol\":\"ITC\",\"action\":\"BUY\","
                        + "\"quantity\":\"none\"}");
                assertEquals(400, refused.statusCode(), refused.body());
            }
            HttpResponse<String> limited = client.postForm("/app/ticket", Map.of("_csrf", token, "symbol", "ITC",
                    "exchange", "NSE", "action", "BUY", "quantity", "1", "pricetype", "LIMIT", "price", "300",
                    "product", "CNC"));
            assertEquals(429, limited.statusCode(), limited.body());
            assertTrue(limited.headers().firstValue("Retry-After").isPresent());
            assertTrue(limited.body().contains("id=\"ticket-error\""), limited.body());
            assertFalse(limited.body().contains("id=\"ticket-result\""), "nothing placed");
        } finally {
            Control.unfreeze();
            Control.reset();
        }
    }

    private static WebElement row(String orderId) {
        return browser.driver().findElement(By.cssSelector("#orderbook tr[data-order-id=\"" + orderId + "\"]"));
    }

    private static void fill(String name, String value) {
        WebElement field = browser.driver().findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
    }

    private static void assertNoAlert(WebDriver driver) {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }
}
