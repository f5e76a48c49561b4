package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Browser;
import io.algogate.it.support.Installation;
import io.algogate.it.support.Json;
import io.algogate.it.support.SignedInBrowser;
import io.algogate.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Live updates in an open page, without a reload: {@code live.js} opens the stream with the dashboard
 * session (no key in the page), subscribes to order updates, and rebuilds the order book's rows when
 * an order placed through the REST API reports; the funds strip changes after a fill. A marker set in
 * the page before proves it was never reloaded.
 */
class LiveOrderBookIT {

    private static final String NOT_RELOADED = "return window.liveItMarker === true;";
    private static Browser browser;
    private static String key;
    private final WebClient api = new WebClient();

    @BeforeAll
    static void start() {
        browser = SignedInBrowser.start();
        key = Installation.liveApiKey();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOrderPlacedThroughTheApiAppearsAndIsCancelledWithoutAReload() {
        openLiveOrderBook();
        assertTrue(!browser.driver().getPageSource().contains(key), "the API key is never in the page");

        String orderId = place("ITC", "BUY", "LIMIT", "300", "CNC");
        SignedInBrowser.waitFor(browser).until(d -> "open".equals(SignedInBrowser.statusOf(d, orderId)));
        assertTrue(stillTheSamePage(), "the row arrived without a reload");
        browser.screenshot("orders-live");

        HttpResponse<String> cancelled = api.postJson("/api/v1/cancelorder", "{\"apikey\":\"" + key
                + "\",\"strategy\":\"live-it\",\"orderid\":\"" + orderId + "\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        SignedInBrowser.waitFor(browser).until(d -> "cancelled".equals(SignedInBrowser.statusOf(d, orderId)));
        assertTrue(stillTheSamePage());
        assertEquals(List.of(), browser.cspViolations());
    }

    @Test
    void theFundsChangeAfterAFillWithoutAReload() {
        openLiveOrderBook();
        String availableBefore = live("funds-available");
        String bought = place("INFY", "BUY", "MARKET", "0", "MIS");
        try {
            SignedInBrowser.waitFor(browser).until(d -> !availableBefore.equals(live("funds-available")));
            assertTrue(stillTheSamePage(), "updated in place");
            for (String name : List.of("pnl-realised", "pnl-unrealised", "pnl-total", "funds-available")) {
                assertTrue(live(name).matches("-?\\d+\\.\\d{2}"), name + ": " + live(name));
            }
            SignedInBrowser.waitFor(browser).until(d -> "complete".equals(SignedInBrowser.statusOf(d, bought)));
            browser.screenshot("orders-live-funds");
            assertEquals(List.of(), browser.cspViolations());
        } finally {
            place("INFY", "SELL", "MARKET", "0", "MIS");
        }
    }

    @Test
    void theSessionEndpointsNeedASession() {
        WebClient stranger = new WebClient();
        assertEquals(401, stranger.get("/app/live/summary").statusCode());
        assertEquals(401, stranger.get("/app/live/orders").statusCode());
    }

    /** Opens the order book, waits until its script is subscribed on the socket, and marks the page. */
    private static void openLiveOrderBook() {
        browser.open("/app/orders");
        SignedInBrowser.waitFor(browser).until(ExpectedConditions.attributeToBe(By.id("main"), "data-live-state",
                "socket"));
        ((JavascriptExecutor) browser.driver()).executeScript("window.liveItMarker = true;");
    }

    private static boolean stillTheSamePage() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript(NOT_RELOADED));
    }

    private static String live(String name) {
        return browser.driver().findElement(By.cssSelector("[data-live=\"" + name + "\"]")).getText();
    }

    private String place(String symbol, String action, String priceType, String price, String product) {
        HttpResponse<String> placed = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + key
                + "\",\"strategy\":\"live-it\",\"exchange\":\"NSE\",\"symbol\":\"" + symbol + "\",\"action\":\""
                + action + "\",\"quantity\":\"1\",\"pricetype\":\"" + priceType + "\",\"price\":\"" + price
                + "\",\"product\":\"" + product + "\"}");
        assertEquals(200, placed.statusCode(), placed.body());
        return Json.parse(placed.body()).getString("orderid");
    }
}
