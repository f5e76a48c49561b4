package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A new user's journey over HTTP, as issue 2 describes it: setup, login, an order through the API, the
 * order in the book and on the dashboard, a wrong key refused; then a restart, and the same password
 * and key still work.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayJourneyIT {

    private static final String SESSION_COOKIE = "algogate_session";
    private static String apiKey;
    private static String orderId;

    @Test
    @Order(1)
    void theRootSendsANewUserToSetupWhichCreatesTheAdminAndShowsTheKeyOnce() {
        ItServer.awaitReady();
        WebClient browser = new WebClient();
        HttpResponse<String> root = browser.get("/");
        if (!Installation.isSetUp()) {
            assertEquals(302, root.statusCode());
            assertEquals("/app/setup", root.headers().firstValue("Location").orElseThrow());
            apiKey = Installation.setUp(browser);
        } else {
            apiKey = Installation.liveApiKey();
        }
        assertTrue(apiKey.matches("[0-9a-f]{64}"), apiKey);
        assertTrue(browser.cookie(SESSION_COOKIE).isEmpty(), "no session exists before login");
    }

    @Test
    @Order(2)
    void afterSetupEveryEntryLeadsToLoginAndSetupIsGoneForGood() {
        WebClient browser = new WebClient();
        assertEquals("/app/login", browser.get("/").headers().firstValue("Location").orElseThrow());
        assertEquals("/app/setup", browser.get("/setup").headers().firstValue("Location").orElseThrow());
        HttpResponse<String> setup = browser.get("/app/setup");
        assertEquals(303, setup.statusCode());
        assertEquals("/app/login", setup.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> form = browser.get("/app/login");
        HttpResponse<String> secondSetup = browser.postForm("/app/setup", Map.of("_csrf", WebClient.csrfToken(form),
                "username", "intruder", "email", "i@example.com", "password", "Intrud3r#pass"));
        assertEquals(303, secondSetup.statusCode(), "a second setup is refused");
        HttpResponse<String> intruderLogin = browser.postForm("/app/login", Map.of("_csrf", WebClient.csrfToken(form),
                "username", "intruder", "password", "Intrud3r#pass"));
        assertEquals(401, intruderLogin.statusCode());
    }

    @Test
    @Order(3)
    void loginNeedsTheFormsCsrfTokenAndGivesANewSession() {
        WebClient browser = new WebClient();
        HttpResponse<String> form = browser.get("/app/login");
        HttpResponse<String> noToken = browser.postForm("/app/login",
                Map.of("username", Installation.USERNAME, "password", Installation.PASSWORD));
        assertEquals(403, noToken.statusCode(), "a login without the CSRF token is refused");
        assertTrue(browser.cookie(SESSION_COOKIE).isEmpty());

        HttpResponse<String> wrong = browser.postForm("/app/login", Map.of("_csrf", WebClient.csrfToken(form),
                "username", Installation.USERNAME, "password", "Wrong#Pass1"));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Invalid credentials"));

        HttpResponse<String> login = Installation.logIn(browser, Installation.PASSWORD);
        assertEquals(303, login.statusCode(), login.body());
        assertEquals("/app/dashboard", login.headers().firstValue("Location").orElseThrow());
        assertTrue(browser.cookie(SESSION_COOKIE).isPresent(), "login starts a session");
        HttpResponse<String> dashboard = browser.get("/app/dashboard");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("data-broker-id=\"sandbox\""), dashboard.body());
    }

    @Test
    @Order(4)
    void anOrderPlacedWithTheKeyIsInTheOrderBookAndOnTheDashboard() {
        WebClient api = new WebClient();
        HttpResponse<String> placed = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + apiKey + "\","
                + "\"strategy\":\"Journey\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\",\"action\":\"BUY\","
                + "\"quantity\":\"1\",\"pricetype\":\"MARKET\",\"product\":\"MIS\"}");
        assertEquals(200, placed.statusCode(), placed.body());
        JsonObject ack = Json.parse(placed.body());
        assertEquals("success", ack.getString("status"));
        orderId = ack.getString("orderid");
        assertFalse(orderId.isBlank());

        HttpResponse<String> book = api.postJson("/api/v1/orderbook/", "{\"apikey\":\"" + apiKey + "\"}");
        assertEquals(200, book.statusCode(), book.body());
        JsonObject data = Json.parse(book.body()).getJsonObject("data");
        JsonObject order = data.getJsonArray("orders").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("orderid").equals(orderId)).findFirst().orElseThrow();
        assertEquals("SBIN", order.getString("symbol"));
        assertEquals("BUY", order.getString("action"));
        assertEquals("MIS", order.getString("product"));
        assertEquals("MARKET", order.getString("pricetype"));
        assertEquals("complete", order.getString("order_status"));
        assertTrue(data.getJsonObject("statistics").getInt("total_buy_orders") >= 1);

        WebClient browser = new WebClient();
        Installation.logIn(browser, Installation.PASSWORD);
        String dashboard = browser.get("/app/dashboard").body();
        assertTrue(dashboard.contains("<td class=\"orderid\">" + orderId + "</td>"), dashboard);
    }

    @Test
    @Order(5)
    void pingNamesTheBrokerAndAWrongKeyIsRefusedInOpenAlgosWords() {
        WebClient api = new WebClient();
        HttpResponse<String> pong = api.postJson("/api/v1/ping", "{\"apikey\":\"" + apiKey + "\"}");
        assertEquals(200, pong.statusCode());
        assertEquals("pong", Json.parse(pong.body()).getJsonObject("data").getString("message"));
        assertEquals("sandbox", Json.parse(pong.body()).getJsonObject("data").getString("broker"));

        String wrongKey = "0".repeat(64);
        for (String path : new String[] {"/api/v1/ping", "/api/v1/orderbook"}) {
            HttpResponse<String> refused = api.postJson(path, "{\"apikey\":\"" + wrongKey + "\"}");
            assertEquals(403, refused.statusCode());
            assertEquals("{\"status\":\"error\",\"message\":\"Invalid openalgo apikey\"}", refused.body());
        }
        HttpResponse<String> refusedOrder = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + wrongKey + "\","
                + "\"strategy\":\"x\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\",\"action\":\"BUY\",\"quantity\":1}");
        assertEquals(403, refusedOrder.statusCode());
    }

    @Test
    @Order(6)
    void afterARestartTheSamePasswordAndKeyStillWork() {
        long pidBefore = ItServer.pid();
        ItServer.stop();
        ItServer.start();
        assertNotEquals(pidBefore, ItServer.pid(), "a new server process");

        WebClient browser = new WebClient();
        assertEquals(303, Installation.logIn(browser, Installation.PASSWORD).statusCode());
        assertEquals(200, browser.get("/app/dashboard").statusCode());
        HttpResponse<String> pong = new WebClient().postJson("/api/v1/ping", "{\"apikey\":\"" + apiKey + "\"}");
        assertEquals(200, pong.statusCode(), pong.body());
    }

    @Test
    @Order(7)
    void afterAKill9TheInstallationIsIntactToo() {
        ItServer.kill9();
        ItServer.start();

        WebClient browser = new WebClient();
        assertEquals(303, Installation.logIn(browser, Installation.PASSWORD).statusCode());
        HttpResponse<String> pong = new WebClient().postJson("/api/v1/ping", "{\"apikey\":\"" + apiKey + "\"}");
        assertEquals(200, pong.statusCode(), pong.body());
    }
}
