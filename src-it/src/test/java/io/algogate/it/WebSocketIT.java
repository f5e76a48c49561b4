package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Control;
import io.algogate.it.support.Identities;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.StreamClient;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OpenAlgo's streaming protocol against the real server: at {@code /ws} on the main port and at
 * {@code /} on the stream port, through the whole filter chain (ban, rate limit) and the Origin check.
 * The sandbox pushes a tick a second; every wait here is for a message, bounded, never a sleep.
 */
class WebSocketIT {

    private static final int STREAM_PORT = Integer.getInteger("it.ws.port", 9265);
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static String key;

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        key = Installation.liveApiKey();
    }

    private static URI mainSocket() {
        return URI.create("ws://localhost:" + ItServer.HTTP_PORT + "/ws");
    }

    private static URI streamPortSocket() {
        return URI.create("ws://localhost:" + STREAM_PORT);
    }

    @Test
    void authenticateSubscribeInThreeModesGetTicksAndAnOrderUpdateThenUnsubscribe() throws Exception {
        try (StreamClient client = StreamClient.connect(mainSocket(), Identities.next(), Map.of())) {
            JsonObject auth = client.request("{\"action\":\"authenticate\",\"api_key\":\"" + key + "\"}");
            assertEquals("auth", auth.getString("type"), auth.toString());
            assertEquals("success", auth.getString("status"));
            assertEquals("sandbox", auth.getString("broker"));
            assertEquals(Installation.USERNAME, auth.getString("user_id"));

            subscribe(client, "SBIN", 1);
            subscribe(client, "INFY", "Quote");
            subscribe(client, "TCS", 3);

            JsonObject ltp = client.awaitTick("SBIN").getJsonObject("data");
            assertEquals(Set.of("ltp", "timestamp"), ltp.keySet());
            assertTrue(ltp.getJsonNumber("ltp").doubleValue() > 0);
            JsonObject quoteTick = client.awaitTick("INFY");
            assertEquals(2, quoteTick.getInt("mode"));
            assertEquals("NSE", quoteTick.getString("exchange"));
            assertTrue(quoteTick.getJsonObject("data").keySet().containsAll(Set.of("ltp", "timestamp", "open", "high",
                    "low", "close", "volume", "change", "change_percent", "last_trade_quantity", "avg_trade_price")),
                    quoteTick.toString());
            JsonObject depthTick = client.awaitTick("TCS");
            assertEquals(3, depthTick.getInt("mode"));
            JsonObject depth = depthTick.getJsonObject("data").getJsonObject("depth");
            JsonArray buy = depth.getJsonArray("buy");
            assertEquals(5, buy.size());
            assertEquals(5, depth.getJsonArray("sell").size());
            assertEquals(Set.of("price", "quantity", "orders"), buy.getJsonObject(0).keySet());

            assertEquals("subscribe_orders", client.request("{\"action\":\"subscribe_orders\"}").getString("type"));
            String orderId = placeFarLimitOrder();
            JsonObject update = client.await(m -> "order_update".equals(m.getString("type", ""))
                    && orderId.equals(m.getString("orderid")));
            assertEquals("open", update.getString("order_status"));
            assertEquals("ITC", update.getString("symbol"));
            assertEquals("BUY", update.getString("action"));
            cancel(orderId);
            assertNotNull(client.await(m -> "order_update".equals(m.getString("type", ""))
                    && orderId.equals(m.getString("orderid")) && "cancelled".equals(m.getString("order_status"))));

            JsonObject unsubscribed = client.request(
                    "{\"action\":\"unsubscribe\",\"symbols\":[{\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"mode\":1}]}");
            assertEquals("unsubscribe", unsubscribed.getString("type"), unsubscribed.toString());
            assertEquals("success", unsubscribed.getString("status"));
            // Two more INFY ticks mean at least one whole push went by after the unsubscribe was answered.
            client.messages.clear();
            List<JsonObject> seen = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                seen.add(client.await(m -> StreamClient.isTick(m, "INFY")));
            }
            seen.addAll(client.drained());
            assertFalse(seen.stream().anyMatch(m -> StreamClient.isTick(m, "SBIN")), "no SBIN tick after unsubscribing: " + seen);

            JsonObject pong = client.request("{\"action\":\"ping\"}");
            assertEquals("pong", pong.getString("type"));
        }
    }

    @Test
    void aClientThatNeverAuthenticatesIsClosedWith4401() throws Exception {
        try (StreamClient client = StreamClient.connect(mainSocket(), Identities.next(), Map.of())) {
            // The IT server's deadline is two seconds (src-it's pom); OpenAlgo's fifteen is the default.
            StreamClient.Closed closed = client.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(4401, closed.code());
            assertEquals("auth timeout", closed.reason());
        }
    }

    @Test
    void requestsBeforeAuthenticationAreRefusedInOpenAlgosShape() throws Exception {
        try (StreamClient client = StreamClient.connect(mainSocket(), Identities.next(), Map.of())) {
            JsonObject refused = client.request(
                    "{\"action\":\"subscribe\",\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"mode\":1}");
            assertEquals(Set.of("status", "code", "message"), refused.keySet());
            assertEquals("error", refused.getString("status"));
            assertEquals("NOT_AUTHENTICATED", refused.getString("code"));
            JsonObject badKey = client.request("{\"action\":\"authenticate\",\"api_key\":\"" + "0".repeat(64) + "\"}");
            assertEquals("AUTHENTICATION_ERROR", badKey.getString("code"));
        }
    }

    @Test
    void theHundredAndFirstConnectInAMinuteFromOneAddressIsRefused() throws Exception {
        String address = Identities.next();
        Control.freeze();
        try {
            for (int i = 1; i <= 100; i++) {
                StreamClient.connect(mainSocket(), address, Map.of()).close();
            }
            assertEquals(429, StreamClient.refusal(mainSocket(), address, Map.of()), "the 101st");
            assertEquals(429, StreamClient.refusal(streamPortSocket(), address, Map.of()), "one budget for both ports");
            StreamClient.connect(mainSocket(), Identities.next(), Map.of()).close();
        } finally {
            Control.unfreeze();
        }
    }

    @Test
    void aBannedAddressCannotConnect() throws Exception {
        String address = Identities.next();
        HttpResponse<String> banned = new Admin().ban(address, "websocket test", 1);
        assertEquals(200, banned.statusCode(), banned.body());
        assertEquals(403, StreamClient.refusal(mainSocket(), address, Map.of()));
        assertEquals(403, StreamClient.refusal(streamPortSocket(), address, Map.of()));
    }

    @Test
    void browsersMayConnectOnlyFromTheGatewaysOwnOrigin() throws Exception {
        assertEquals(403, StreamClient.refusal(mainSocket(), Identities.next(), Map.of("Origin", "http://evil.example")));
        try (StreamClient own = StreamClient.connect(mainSocket(), Identities.next(),
                Map.of("Origin", "http://localhost:" + ItServer.HTTP_PORT))) {
            assertEquals("pong", own.request("{\"action\":\"ping\"}").getString("type"));
        }
    }

    @Test
    void theStreamPortServesTheProtocolAndNothingElse() throws Exception {
        try (StreamClient client = StreamClient.connect(streamPortSocket(), Identities.next(), Map.of())) {
            JsonObject auth = client.request("{\"action\":\"authenticate\",\"apikey\":\"" + key + "\"}");
            assertEquals("success", auth.getString("status"), auth.toString());
            subscribe(client, "RELIANCE", 1);
            assertTrue(client.awaitTick("RELIANCE").getJsonObject("data").containsKey("ltp"));
        }
        HttpResponse<String> api = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://localhost:" + STREAM_PORT + "/api/v1/ping")).POST(
                        java.net.http.HttpRequest.BodyPublishers.ofString("{}")).header("X-Forwarded-For",
                        Identities.next()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, api.statusCode(), "the API is not on the stream port");
        assertEquals(404, new WebClient().get(URI.create("http://localhost:" + STREAM_PORT + "/app/login")).statusCode());
        assertEquals(404, StreamClient.refusal(URI.create("ws://localhost:" + ItServer.HTTP_PORT + "/"), Identities.next(), Map.of()),
                "the stream port's endpoint is not on the main port");
    }

    @Test
    void theContentSecurityPolicyAllowsExactlyTheGatewaysOwnSocket() {
        HttpResponse<String> page = new WebClient().get("/app/login");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("connect-src 'self' ws://localhost:" + ItServer.HTTP_PORT + "/ws;"), csp);
    }

    private static void subscribe(StreamClient client, String symbol, Object mode) throws Exception {
        String modeJson = mode instanceof String ? "\"" + mode + "\"" : mode.toString();
        JsonObject reply = client.request("{\"action\":\"subscribe\",\"symbols\":[{\"symbol\":\"" + symbol
                + "\",\"exchange\":\"NSE\"}],\"mode\":" + modeJson + ",\"depth\":5}");
        assertEquals("subscribe", reply.getString("type"), reply.toString());
        assertEquals("success", reply.getJsonArray("subscriptions").getJsonObject(0).getString("status"), reply.toString());
    }

    /** A BUY far below ITC's reference price (420), so it rests open until cancelled. */
    private static String placeFarLimitOrder() {
        HttpResponse<String> placed = new WebClient().postJson("/api/v1/placeorder", "{\"apikey\":\"" + key
                + "\",\"strategy\":\"ws-it\",\"exchange\":\"NSE\",\"symbol\":\"ITC\",\"action\":\"BUY\","
                + "\"quantity\":\"1\",\"pricetype\":\"LIMIT\",\"price\":\"300\",\"product\":\"CNC\"}");
        assertEquals(200, placed.statusCode(), placed.body());
        return Json.parse(placed.body()).getString("orderid");
    }

    private static void cancel(String orderId) {
        HttpResponse<String> cancelled = new WebClient().postJson("/api/v1/cancelorder", "{\"apikey\":\"" + key
                + "\",\"strategy\":\"ws-it\",\"orderid\":\"" + orderId + "\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
    }
}
