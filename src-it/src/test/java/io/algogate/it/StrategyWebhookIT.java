package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Strategy webhooks (OpenAlgo's {@code /strategy/webhook/<id>}) against the real server: strategies
 * made through the admin resource, each trading mode's signals seen as orders in the order book and
 * positions in the position book, the intraday window on the moved gateway clock, and the refusals.
 * Each mode trades its own symbol, which no other IT trades, at MARKET, and ends flat.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StrategyWebhookIT {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final String FOREIGN_ORIGIN = "https://alerts.tradingview.example";
    private static Admin admin;
    private String key;

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
        admin = new Admin();
    }

    @BeforeEach
    void inTradingHoursWithALiveBrokerSession() {
        Control.toTradingHours();
        key = Installation.liveApiKey();
    }

    private static JsonObject createStrategy(String json) {
        HttpResponse<String> created = admin.send("POST", "/admin/api/strategies", json);
        assertEquals(201, created.statusCode(), created.body());
        return Json.parse(created.body());
    }

    /** An all-day intraday strategy in the given mode trading {@code quantity} of one NSE symbol, MIS. */
    private static JsonObject strategy(String name, String mode, String symbol, int quantity) {
        return createStrategy("{\"name\":\"" + name + "\",\"trading_mode\":\"" + mode + "\",\"start_time\":\"09:15\","
                + "\"end_time\":\"15:00\",\"squareoff_time\":\"15:10\",\"symbols\":[{\"symbol\":\"" + symbol
                + "\",\"exchange\":\"NSE\",\"quantity\":" + quantity + ",\"product\":\"MIS\"}]}");
    }

    /**
     * Posts as TradingView does: no cookie, no key, no CSRF token, from another site's origin (which the
     * CSRF layer refuses anywhere but the API and the webhooks).
     */
    private static HttpResponse<String> webhook(WebClient client, String path, String body) {
        return client.send(HttpRequest.newBuilder(ItServer.http(path)).header("Content-Type", "application/json")
                .header("Origin", FOREIGN_ORIGIN).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A signal a second after the last one: exits are smart orders, which the owner's key may place
     * twice a second, as through the API.
     */
    private static HttpResponse<String> webhook(JsonObject strategy, String body) {
        Control.advance(Duration.ofSeconds(1));
        return webhook(new WebClient(), strategy.getString("webhook_path"), body);
    }

    private static String placed(HttpResponse<String> response, String symbol) {
        assertEquals(200, response.statusCode(), response.body());
        JsonObject body = Json.parse(response.body());
        assertEquals(List.of("message", "orderid", "status"), body.keySet().stream().sorted().toList(), response.body());
        assertEquals("success", body.getString("status"));
        assertEquals("Order placed for " + symbol, body.getString("message"));
        return body.getString("orderid");
    }

    private HttpResponse<String> api(String route, String fields) {
        return new WebClient().postJson("/api/v1/" + route,
                "{\"apikey\":\"" + key + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
    }

    /** The order book's row for the order, which must be there. */
    private JsonObject bookedOrder(String orderId) {
        HttpResponse<String> book = api("orderbook", "");
        assertEquals(200, book.statusCode(), book.body());
        return Json.parse(book.body()).getJsonObject("data").getJsonArray("orders").getValuesAs(JsonObject.class)
                .stream().filter(order -> order.getString("orderid").equals(orderId)).findFirst()
                .orElseThrow(() -> new AssertionError(orderId + " is not in the order book: " + book.body()));
    }

    private void assertBooked(String orderId, String symbol, String action, int quantity) {
        JsonObject order = bookedOrder(orderId);
        assertEquals(symbol, order.getString("symbol"), order.toString());
        assertEquals("NSE", order.getString("exchange"));
        assertEquals(action, order.getString("action"), order.toString());
        assertEquals(quantity, number(order, "quantity"), order.toString());
        assertEquals("MARKET", order.getString("pricetype"));
        assertEquals("MIS", order.getString("product"));
    }

    /** The net MIS position in the symbol, 0 when the position book has no row for it. */
    private int position(String symbol) {
        HttpResponse<String> book = api("positionbook", "");
        assertEquals(200, book.statusCode(), book.body());
        return Json.parse(book.body()).getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("symbol").equals(symbol) && p.getString("product").equals("MIS"))
                .mapToInt(p -> number(p, "quantity")).sum();
    }

    private static int orderLogTotal() {
        return Json.parse(admin.browser().get("/admin/api/orderlog?size=1").body()).getInt("total");
    }

    /** A whole number that OpenAlgo's books send as a JSON number in one place and a string in another. */
    private static int number(JsonObject row, String field) {
        return Integer.parseInt(row.get(field).toString().replace("\"", ""));
    }

    @Test
    @Order(1)
    void theAdminManagesStrategiesWithSessionAndCsrfToken() {
        JsonObject created = createStrategy("{\"name\":\"crud\",\"symbols\":[{\"symbol\":\"SBIN\",\"exchange\":\"NSE\","
                + "\"quantity\":\"1\",\"product\":\"MIS\"}]}");
        String webhookId = created.getString("webhook_id");
        assertEquals(4, UUID.fromString(webhookId).version(), "a random UUID");
        assertEquals("/strategy/webhook/" + webhookId, created.getString("webhook_path"));
        assertEquals("LONG", created.getString("trading_mode"));
        assertTrue(created.getBoolean("is_intraday"));
        assertEquals("09:15", created.getString("start_time"));
        assertEquals("15:00", created.getString("end_time"));
        assertEquals("15:15", created.getString("squareoff_time"));
        assertTrue(created.getBoolean("is_active"));
        String path = "/admin/api/strategies/" + created.getInt("id");

        JsonArray listed = Json.parseArray(admin.browser().get("/admin/api/strategies").body());
        assertTrue(listed.getValuesAs(JsonObject.class).stream().anyMatch(s -> s.getString("webhook_id").equals(webhookId)));

        HttpResponse<String> mapped = admin.send("PUT", path + "/symbols",
                "{\"symbol\":\"INFY\",\"exchange\":\"NSE\",\"quantity\":2,\"product\":\"CNC\"}");
        assertEquals(200, mapped.statusCode(), mapped.body());
        assertEquals(2, Json.parse(mapped.body()).getJsonArray("symbols").size());
        HttpResponse<String> unmapped = admin.send("DELETE", path + "/symbols/SBIN", null);
        assertEquals(200, unmapped.statusCode(), unmapped.body());
        assertEquals("INFY", Json.parse(unmapped.body()).getJsonArray("symbols").getJsonObject(0).getString("symbol"));

        HttpResponse<String> updated = admin.send("PUT", path, "{\"name\":\"crud2\",\"trading_mode\":\"BOTH\","
                + "\"is_intraday\":false,\"is_active\":false}");
        assertEquals(200, updated.statusCode(), updated.body());
        JsonObject after = Json.parse(updated.body());
        assertEquals("crud2", after.getString("name"));
        assertEquals("BOTH", after.getString("trading_mode"));
        assertFalse(after.getBoolean("is_intraday"));
        assertFalse(after.containsKey("start_time"));
        assertEquals(webhookId, after.getString("webhook_id"), "the webhook id survives an update");
        assertEquals(0, after.getJsonArray("symbols").size(), "an update replaces the mappings");
        assertEquals("crud2", Json.parse(admin.browser().get(path).body()).getString("name"));

        HttpResponse<String> invalid = admin.send("POST", "/admin/api/strategies", "{\"trading_mode\":\"SIDEWAYS\"}");
        assertEquals(400, invalid.statusCode());
        assertEquals(List.of("name", "trading_mode"),
                Json.parse(invalid.body()).getJsonObject("errors").keySet().stream().sorted().toList());

        HttpResponse<String> withoutToken = admin.browser().send(HttpRequest.newBuilder(ItServer.http(path))
                .header("Content-Type", "application/json").DELETE());
        assertEquals(403, withoutToken.statusCode(), "a change needs the CSRF header");
        assertEquals(401, new WebClient().get("/admin/api/strategies").statusCode(), "and an admin session");

        assertEquals(200, admin.send("DELETE", path, null).statusCode());
        assertEquals(404, admin.browser().get(path).statusCode());
        assertEquals(404, webhook(created, "{\"symbol\":\"INFY\",\"action\":\"BUY\"}").statusCode(),
                "a deleted strategy's webhook is gone");
    }

    /**
     * The entry signal opens a position of the mapped quantity with a placeorder; the exit signal's
     * smart order closes the whole position, whatever it was; a second exit finds nothing to do.
     *
     * @return the entry's order id
     */
    private String entryOpensAndExitCloses(JsonObject strategy, String symbol, String entry, String exit, int quantity) {
        int before = position(symbol);
        int opened = entry.equals("BUY") ? quantity : -quantity;
        String entryId = placed(webhook(strategy, "{\"symbol\":\"" + symbol + "\",\"action\":\"" + entry + "\"}"), symbol);
        assertBooked(entryId, symbol, entry, quantity);
        assertEquals(before + opened, position(symbol));

        // Lower case, as TradingView's {{strategy.order.action}} sends it.
        String exitId = placed(webhook(strategy, "{\"symbol\":\"" + symbol + "\",\"action\":\""
                + exit.toLowerCase(Locale.ROOT) + "\"}"), symbol);
        assertBooked(exitId, symbol, exit, Math.abs(before + opened));
        assertEquals(0, position(symbol), exit + " closes the whole position");

        HttpResponse<String> again = webhook(strategy, "{\"symbol\":\"" + symbol + "\",\"action\":\"" + exit + "\"}");
        assertEquals("{\"status\":\"success\",\"message\":\"Positions Already Matched. No Action needed.\"}", again.body());
        return entryId;
    }

    @Test
    @Order(2)
    void longModeBuyOpensAndSellClosesAndBothAreInTheOrderLog() {
        JsonObject strategy = strategy("wh-long", "LONG", "HDFCBANK", 2);
        String buy = entryOpensAndExitCloses(strategy, "HDFCBANK", "BUY", "SELL", 2);

        JsonObject page = Json.parse(admin.browser().get("/admin/api/orderlog?size=200").body());
        JsonObject entry = page.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("response").contains(buy)).findFirst().orElseThrow();
        assertEquals("strategy/webhook", entry.getString("endpoint"));
        assertEquals("wh-long", entry.getString("strategy"));
        assertEquals(200, entry.getInt("response_status"));
        JsonObject request = Json.parse(entry.getString("request"));
        assertEquals("placeorder", request.getString("routed_to"));
        assertEquals("BUY", request.getJsonObject("signal").getString("action"));
        assertEquals("2", request.getJsonObject("order").getString("quantity"));
        assertFalse(entry.toString().contains(strategy.getString("webhook_id")), "the webhook id is a credential");
        assertFalse(entry.toString().contains(key));
    }

    @Test
    @Order(3)
    void shortModeSellOpensAndBuyCloses() {
        entryOpensAndExitCloses(strategy("wh-short", "SHORT", "ICICIBANK", 3), "ICICIBANK", "SELL", "BUY", 3);
    }

    @Test
    @Order(4)
    void bothModeMovesThePositionToPositionSize() {
        JsonObject strategy = strategy("wh-both", "BOTH", "RELIANCE", 1);
        HttpResponse<String> flatten = webhook(strategy, "{\"symbol\":\"RELIANCE\",\"action\":\"BUY\",\"position_size\":0}");
        assertEquals(200, flatten.statusCode(), flatten.body());
        assertEquals(0, position("RELIANCE"));

        String toLong = placed(webhook(strategy, "{\"symbol\":\"RELIANCE\",\"action\":\"BUY\",\"position_size\":4}"), "RELIANCE");
        assertBooked(toLong, "RELIANCE", "BUY", 4);
        assertEquals(4, position("RELIANCE"));

        String toShort = placed(webhook(strategy, "{\"symbol\":\"RELIANCE\",\"action\":\"SELL\",\"position_size\":\"-2\"}"),
                "RELIANCE");
        assertBooked(toShort, "RELIANCE", "SELL", 6);
        assertEquals(-2, position("RELIANCE"));

        String toFlat = placed(webhook(strategy, "{\"symbol\":\"RELIANCE\",\"action\":\"BUY\",\"position_size\":0}"),
                "RELIANCE");
        assertBooked(toFlat, "RELIANCE", "BUY", 2);
        assertEquals(0, position("RELIANCE"));

        HttpResponse<String> contradictory = webhook(strategy, "{\"symbol\":\"RELIANCE\",\"action\":\"BUY\",\"position_size\":-1}");
        assertEquals(400, contradictory.statusCode());
        assertEquals("[\"For BUY orders in BOTH mode, position_size must be >= 0\"]",
                Json.parse(contradictory.body()).getJsonObject("errors").get("position_size").toString());
        HttpResponse<String> withoutSize = webhook(strategy, "{\"symbol\":\"RELIANCE\",\"action\":\"BUY\"}");
        assertEquals(400, withoutSize.statusCode());
        assertEquals("[\"Missing data for required field.\"]",
                Json.parse(withoutSize.body()).getJsonObject("errors").get("position_size").toString());
    }

    @Test
    @Order(5)
    void badBodiesAndUnmappedSymbolsAre400InTheErrorShape() {
        JsonObject strategy = strategy("wh-bad", "LONG", "HDFCBANK", 1);
        HttpResponse<String> malformed = webhook(strategy, "{\"symbol\":");
        assertEquals(400, malformed.statusCode());
        assertEquals("{\"status\":\"error\",\"message\":\"Malformed JSON in request body\"}", malformed.body());

        HttpResponse<String> badFields = webhook(strategy, "{\"symbol\":7,\"action\":\"HOLD\"}");
        assertEquals(400, badFields.statusCode());
        JsonObject error = Json.parse(badFields.body());
        assertEquals("error", error.getString("status"));
        assertEquals(List.of("action", "symbol"), error.getJsonObject("errors").keySet().stream().sorted().toList());

        HttpResponse<String> unmapped = webhook(strategy, "{\"symbol\":\"TCS\",\"action\":\"BUY\"}");
        assertEquals(400, unmapped.statusCode());
        assertEquals("{\"status\":\"error\",\"message\":\"No mapping found for symbol TCS\"}", unmapped.body());

        int strategyId = strategy.getInt("id");
        admin.send("PUT", "/admin/api/strategies/" + strategyId, "{\"name\":\"wh-bad\",\"is_active\":false}");
        assertEquals("{\"status\":\"error\",\"message\":\"Strategy is inactive\"}",
                webhook(strategy, "{\"symbol\":\"HDFCBANK\",\"action\":\"BUY\"}").body());
    }

    @Test
    @Order(6)
    void anUnknownWebhookIdIs404AndCountsAsAScan() {
        WebClient guesser = new WebClient();
        String path = "/strategy/webhook/" + UUID.randomUUID();
        int logged = orderLogTotal();
        HttpResponse<String> unknown = webhook(guesser, path, "{\"symbol\":\"SBIN\",\"action\":\"BUY\"}");
        assertEquals(404, unknown.statusCode());
        assertEquals("{\"status\":\"error\",\"message\":\"Invalid webhook ID\"}", unknown.body());
        assertEquals(404, webhook(guesser, "/strategy/webhook/not-a-uuid", "{}").statusCode());
        assertEquals(logged, orderLogTotal(), "a webhook that names no strategy placed nothing: not in the order log");

        JsonObject tracked = admin.trackers().getJsonArray("notFound").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("clientKey").equals(guesser.address())).findFirst()
                .orElseThrow(() -> new AssertionError("no 404 tracker for " + guesser.address()));
        assertEquals(2, tracked.getInt("hits"));
        assertTrue(tracked.getJsonArray("paths").toString().contains(path), tracked.toString());
    }

    @Test
    @Order(7)
    void aWebhookIsLimitedTo100AMinutePerAddressAndSharesItsOwnersPerKeyOrderBudget() {
        JsonObject strategy = strategy("wh-limits", "LONG", "HDFCBANK", 1);
        Control.reset();
        Control.freeze();
        List<String> openOrders = new ArrayList<>();
        try {
            WebClient sender = new WebClient();
            for (int i = 1; i <= 100; i++) {
                // Bad bodies: each takes a token of the address without placing an order.
                assertEquals(400, webhook(sender, strategy.getString("webhook_path"), "{}").statusCode(), "webhook " + i);
            }
            HttpResponse<String> limited = webhook(sender, strategy.getString("webhook_path"), "{}");
            assertEquals(429, limited.statusCode());
            assertTrue(limited.headers().firstValue("Retry-After").isPresent());
            assertTrue(limited.body().startsWith("{\"status\":\"error\",\"message\":\"Rate limit exceeded."), limited.body());
            assertTrue(limited.headers().firstValue("RateLimit-Policy").orElse("").contains("\"webhook\";q=100;w=60"),
                    limited.headers().toString());

            // The owner's key's order bucket (10 per second) spent through the API...
            for (int i = 0; i < 10; i++) {
                HttpResponse<String> order = api("placeorder", "\"strategy\":\"wh-limits\",\"exchange\":\"NSE\","
                        + "\"symbol\":\"ITC\",\"action\":\"BUY\",\"quantity\":1,\"pricetype\":\"LIMIT\",\"price\":\"150\"");
                assertEquals(200, order.statusCode(), order.body());
                openOrders.add(Json.parse(order.body()).getString("orderid"));
            }
            // ...leaves none for the strategy's placeorder.
            HttpResponse<String> refused = webhook(new WebClient(), strategy.getString("webhook_path"),
                    "{\"symbol\":\"HDFCBANK\",\"action\":\"BUY\"}");
            assertEquals(429, refused.statusCode(), refused.body());
            assertTrue(refused.body().startsWith(
                    "{\"status\":\"error\",\"message\":\"Rate limit exceeded. Please slow down your requests.\",\"retry_after\":"),
                    refused.body());
        } finally {
            Control.unfreeze();
            Control.reset();
            openOrders.forEach(id -> api("cancelorder", "\"strategy\":\"wh-limits\",\"orderid\":\"" + id + "\""));
        }
    }

    /** Last: it moves the gateway clock forward. */
    @Test
    @Order(8)
    void outsideTheIntradayWindowEntriesAndThenExitsAreRefused() {
        LocalTime now = Control.now().atZone(INDIA).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        JsonObject notYet = createStrategy("{\"name\":\"wh-later\",\"start_time\":\"" + now.plusMinutes(30)
                + "\",\"end_time\":\"" + now.plusMinutes(40) + "\",\"squareoff_time\":\"" + now.plusMinutes(50)
                + "\",\"symbols\":[{\"symbol\":\"HDFCBANK\",\"exchange\":\"NSE\",\"quantity\":1,\"product\":\"MIS\"}]}");
        HttpResponse<String> early = webhook(notYet, "{\"symbol\":\"HDFCBANK\",\"action\":\"BUY\"}");
        assertEquals(400, early.statusCode());
        assertEquals("Entry orders not allowed before start time (" + now.plusMinutes(30) + " IST)",
                Json.parse(early.body()).getString("message"));

        JsonObject strategy = createStrategy("{\"name\":\"wh-window\",\"start_time\":\"" + now.minusMinutes(5)
                + "\",\"end_time\":\"" + now.plusMinutes(5) + "\",\"squareoff_time\":\"" + now.plusMinutes(15)
                + "\",\"symbols\":[{\"symbol\":\"HDFCBANK\",\"exchange\":\"NSE\",\"quantity\":1,\"product\":\"MIS\"}]}");
        placed(webhook(strategy, "{\"symbol\":\"HDFCBANK\",\"action\":\"BUY\"}"), "HDFCBANK");

        Control.advance(Duration.ofMinutes(7));
        HttpResponse<String> lateEntry = webhook(strategy, "{\"symbol\":\"HDFCBANK\",\"action\":\"BUY\"}");
        assertEquals(400, lateEntry.statusCode());
        assertEquals("{\"status\":\"error\",\"message\":\"Entry orders not allowed after end time (" + now.plusMinutes(5)
                + " IST)\"}", lateEntry.body());
        assertEquals(1, position("HDFCBANK"), "the late entry placed nothing");
        placed(webhook(strategy, "{\"symbol\":\"HDFCBANK\",\"action\":\"SELL\"}"), "HDFCBANK");
        assertEquals(0, position("HDFCBANK"), "an exit may still close until square-off");

        Control.advance(Duration.ofMinutes(10));
        HttpResponse<String> lateExit = webhook(strategy, "{\"symbol\":\"HDFCBANK\",\"action\":\"SELL\"}");
        assertEquals(400, lateExit.statusCode());
        assertEquals("Exit orders not allowed after square off time (" + now.plusMinutes(15) + " IST)",
                Json.parse(lateExit.body()).getString("message"));
    }
}
