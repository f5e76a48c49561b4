package io.algogate.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.algogate.it.support.Admin;
import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Zerodha Kite Connect as an admin installs it (a directory of jars in the plugins directory, with its
 * own JSON library), against a real HTTP server standing in for Kite: the login with its checksum,
 * orders through {@code /api/v1}, and the token ended at Kite at the daily cut-off. The stand-in
 * answers in the shapes of Kite's documentation (https://kite.trade/docs/connect/v3/user/ and
 * https://kite.trade/docs/connect/v3/orders/).
 */
class KiteBrokerIT {

    private static final int KITE_PORT = Integer.getInteger("it.kite.port", 9191);
    /** As src-it's pom configures the server: algogate.broker.kite.api-key and api-secret. */
    private static final String API_KEY = "kite_it_key";
    private static final String API_SECRET = "kite-it-secret-not-a-real-one";
    private static final String REQUEST_TOKEN = "it-request-token-3f9a";
    /** Distinctive, so the test can tell it never reaches a log. */
    private static final String ACCESS_TOKEN = "it-access-token-8c1d2e";
    private static final String ORDER_ID = "151220000000000";
    private static final Path MESSAGES = Path.of(System.getProperty("it.log.dir",
            "target/liberty/wlp/usr/servers/algogate-it/logs")).resolve("messages.log");

    private static WireMockServer kite;

    @BeforeAll
    static void startKiteStandIn() {
        ItServer.awaitReady();
        Installation.apiKey();
        kite = new WireMockServer(WireMockConfiguration.options().port(KITE_PORT).templatingEnabled(true));
        kite.start();
    }

    /** Each test starts from the sandbox, with a live session, and a Kite stand-in that has seen nothing. */
    @BeforeEach
    void sandboxActiveAndKiteFresh() {
        // Switching away ends a Kite session left by the previous test, with a logout at the stand-in
        // (awaited by the switch); only then is the stand-in's journal cleared.
        Admin admin = new Admin();
        assertEquals(200, admin.send("PUT", "/admin/api/plugins/active", "{\"id\":\"sandbox\"}").statusCode());
        kite.resetAll();
        stubKite();
    }

    private static void stubKite() {
        // Kite's login page, reduced to what it does once the user has logged in: back to the
        // redirect URL with a request_token and whatever redirect_params the app sent.
        kite.stubFor(get(urlPathEqualTo("/connect/login")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", ItServer.http("/app/broker/callback").toString()
                        + "?action=login&type=login&status=success&request_token=" + REQUEST_TOKEN
                        + "&{{request.query.redirect_params}}")
                .withTransformers("response-template")));
        // Only the documented checksum opens a session: sha256(api_key + request_token + api_secret).
        kite.stubFor(post("/session/token")
                .withRequestBody(equalTo("api_key=" + API_KEY + "&request_token=" + REQUEST_TOKEN
                        + "&checksum=" + sha256Hex(API_KEY + REQUEST_TOKEN + API_SECRET)))
                .willReturn(okJson("{\"status\":\"success\",\"data\":{\"user_type\":\"individual\","
                        + "\"user_name\":\"Kite Connect\",\"broker\":\"ZERODHA\",\"user_id\":\"XX0000\","
                        + "\"api_key\":\"" + API_KEY + "\",\"access_token\":\"" + ACCESS_TOKEN + "\","
                        + "\"public_token\":\"XXXXXXXX\",\"login_time\":\"2021-01-01 16:15:14\"}}")));
        // The instrument list's documented example rows (https://kite.trade/docs/connect/v3/market-quotes/).
        kite.stubFor(get("/instruments").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv")
                .withBody("instrument_token, exchange_token, tradingsymbol, name, last_price, expiry, strike, tick_size,"
                        + " lot_size, instrument_type, segment, exchange\n"
                        + "408065,1594,INFY,INFOSYS,0,,,0.05,1,EQ,NSE,NSE\n"
                        + "5720322,22345,NIFTY15DECFUT,,78.0,2015-12-31,,0.05,75,FUT,NFO-FUT,NFO\n"
                        + "5720578,22346,NIFTY159500CE,,23.0,2015-12-31,9500,0.05,75,CE,NFO-OPT,NFO\n")));
        kite.stubFor(post("/orders/regular").willReturn(okJson(orderIdAnswer())));
        kite.stubFor(delete("/orders/regular/" + ORDER_ID).willReturn(okJson(orderIdAnswer())));
        kite.stubFor(delete(urlPathEqualTo("/session/token")).willReturn(okJson("{\"status\":\"success\",\"data\":true}")));
    }

    @AfterAll
    static void backToTheSandbox() {
        try {
            Admin admin = new Admin();
            assertEquals(200, admin.send("PUT", "/admin/api/plugins/active", "{\"id\":\"sandbox\"}").statusCode());
        } finally {
            if (kite != null) {
                kite.stop();
            }
        }
    }

    @Test
    void loginWithTheChecksumThenOrdersThroughTheApiAndTheTokenEndedAtTheCutOff() throws Exception {
        String key = Installation.liveApiKey();
        Admin admin = new Admin();
        WebClient browser = admin.browser();
        assertEquals(200, new WebClient().postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}").statusCode(),
                "the sandbox's session is live");
        WebClient api = new WebClient();

        // The plugin directory was found at start-up; making Kite active ends the sandbox session.
        assertTrue(admin.browser().get("/admin/api/plugins").body().contains("\"id\":\"kite\""));
        assertEquals(200, admin.send("PUT", "/admin/api/plugins/active", "{\"id\":\"kite\"}").statusCode());
        HttpResponse<String> beforeLogin = api.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}");
        assertEquals(403, beforeLogin.statusCode(), beforeLogin.body());
        assertTrue(beforeLogin.body().contains("Broker session expired"), beforeLogin.body());
        assertTrue(browser.get("/app/broker").body().contains("data-connected=\"false\""));

        // A callback this browser did not start is refused before Kite is asked anything.
        HttpResponse<String> forged = browser.get("/app/broker/callback?action=login&status=success"
                + "&request_token=planted-by-someone-else&state=not-issued-here");
        assertEquals(401, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("not started from this browser session"), forged.body());
        kite.verify(0, postRequestedFor(urlEqualTo("/session/token")));

        // The login: the gateway sends the browser to Kite, Kite back to the callback.
        HttpResponse<String> toKite = browser.get("/app/broker/login");
        assertEquals(303, toKite.statusCode(), toKite.body());
        URI kiteLogin = URI.create(toKite.headers().firstValue("Location").orElseThrow());
        assertEquals("http://localhost:" + KITE_PORT + "/connect/login", kiteLogin.resolve(kiteLogin.getPath()).toString());
        assertTrue(kiteLogin.getRawQuery().startsWith("v=3&api_key=" + API_KEY + "&redirect_params=state%3D"),
                kiteLogin.toString());
        HttpResponse<String> back = browser.get(kiteLogin);
        assertEquals(302, back.statusCode());
        HttpResponse<String> callback = browser.get(URI.create(back.headers().firstValue("Location").orElseThrow()));
        assertEquals(303, callback.statusCode(), callback.body());
        assertEquals("/app/broker?connected=1", callback.headers().firstValue("Location").orElseThrow());
        String brokerPage = browser.get("/app/broker").body();
        assertTrue(brokerPage.contains("data-connected=\"true\"") && brokerPage.contains("XX0000"), brokerPage);
        kite.verify(1, postRequestedFor(urlEqualTo("/session/token")).withHeader("X-Kite-Version", equalTo("3")));

        // After the login, as OpenAlgo does, the instrument master is fetched into the gateway's store.
        JsonObject master = awaitInstrumentMaster(admin);
        assertEquals("kite", master.getString("broker"));
        assertEquals(3, master.getInt("count"), master.toString());

        // A place and cancel round trip through the API, carried to Kite with the session's token.
        HttpResponse<String> placed = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + key + "\","
                + "\"strategy\":\"kite-it\",\"exchange\":\"NSE\",\"symbol\":\"INFY\",\"action\":\"BUY\","
                + "\"quantity\":\"1\",\"pricetype\":\"LIMIT\",\"price\":\"1450.25\",\"product\":\"CNC\"}");
        assertEquals(200, placed.statusCode(), placed.body());
        assertEquals(ORDER_ID, Json.parse(placed.body()).getString("orderid"));
        List<LoggedRequest> sent = kite.findAll(postRequestedFor(urlEqualTo("/orders/regular"))
                .withHeader("Authorization", equalTo("token " + API_KEY + ":" + ACCESS_TOKEN)));
        assertEquals(1, sent.size());
        String form = URLDecoder.decode(sent.get(0).getBodyAsString(), StandardCharsets.UTF_8);
        for (String field : List.of("tradingsymbol=INFY", "exchange=NSE", "transaction_type=BUY", "order_type=LIMIT",
                "quantity=1", "product=CNC", "price=1450.25")) {
            assertTrue(form.contains(field), field + " in " + form);
        }
        HttpResponse<String> cancelled = api.postJson("/api/v1/cancelorder", "{\"apikey\":\"" + key + "\","
                + "\"strategy\":\"kite-it\",\"orderid\":\"" + ORDER_ID + "\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("{\"status\":\"success\",\"orderid\":\"" + ORDER_ID + "\"}", cancelled.body());
        kite.verify(1, deleteRequestedFor(urlEqualTo("/orders/regular/" + ORDER_ID))
                .withHeader("Authorization", equalTo("token " + API_KEY + ":" + ACCESS_TOKEN)));

        // Past the daily cut-off the key is refused, and the token is ended at Kite.
        // A minute past the next 03:00 in India, the default cut-off.
        Control.advance(Control.untilNextInIndia(LocalTime.of(3, 0)).plusMinutes(1));
        HttpResponse<String> afterCutOff = api.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}");
        assertEquals(403, afterCutOff.statusCode(), afterCutOff.body());
        assertTrue(afterCutOff.body().contains("Broker session expired"), afterCutOff.body());
        awaitLogoutAtKite();

        assertFalse(Files.readString(MESSAGES).contains(ACCESS_TOKEN), "the access token never reaches the log");
        assertFalse(Files.readString(MESSAGES).contains(API_SECRET), "nor does the api secret");
    }

    @Test
    void kitesErrorsReachTheClientInTheApiShapeAndTheServerKeepsServing() throws Exception {
        String key = Installation.liveApiKey();
        Admin admin = new Admin();
        assertEquals(200, admin.send("PUT", "/admin/api/plugins/active", "{\"id\":\"kite\"}").statusCode());
        logIn(admin.browser());
        WebClient api = new WebClient();
        try {
            // Kite says the token was invalidated (documented TokenException, HTTP 403).
            kite.stubFor(post("/orders/regular").atPriority(1).withRequestBody(containing("tradingsymbol=TOKENX"))
                    .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                            .withBody("{\"status\":\"error\",\"message\":\"Incorrect `api_key` or `access_token`.\","
                                    + "\"data\":null,\"error_type\":\"TokenException\"}")));
            // A malformed answer, and one that never comes within the plugin's timeout (3 s in the IT).
            kite.stubFor(post("/orders/regular").atPriority(1).withRequestBody(containing("tradingsymbol=GARBLED"))
                    .willReturn(aResponse().withStatus(200).withBody("<html>gateway timeout</html>")));
            kite.stubFor(post("/orders/regular").atPriority(1).withRequestBody(containing("tradingsymbol=SLOW"))
                    .willReturn(okJson(orderIdAnswer()).withFixedDelay(6_000)));

            JsonObject garbled = refusal(api, key, "GARBLED", 502);
            assertFalse(garbled.toString().contains("<html>"), "the broker's body is not echoed");
            JsonObject slow = refusal(api, key, "SLOW", 502);
            assertTrue(slow.getString("message").contains("did not answer"), slow.toString());
            HttpResponse<String> ping = api.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}");
            assertEquals(200, ping.statusCode(), "still serving, still logged in: " + ping.body());

            // Kite no longer accepts the token: the session ends here too, and the key says so.
            JsonObject token = refusal(api, key, "TOKENX", 403);
            assertEquals("Broker session expired: log in to your broker again", token.getString("message"));
            HttpResponse<String> afterTokenLoss = api.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}");
            assertEquals(403, afterTokenLoss.statusCode(), afterTokenLoss.body());
            assertTrue(admin.browser().get("/app/broker").body().contains("data-connected=\"false\""));
        } finally {
            kite.resetAll();
            stubKite();
        }
    }

    /** OpenAlgo's analyzer: orders go to the sandbox while the live broker stays connected. */
    @Test
    void analyzeModeSendsOrdersToTheSandboxWhileKiteStaysConnected() {
        String key = Installation.liveApiKey();
        Admin admin = new Admin();
        assertEquals(200, admin.send("PUT", "/admin/api/plugins/active", "{\"id\":\"kite\"}").statusCode());
        logIn(admin.browser());
        WebClient api = new WebClient();
        try {
            HttpResponse<String> on = api.postJson("/api/v1/analyzer/toggle", "{\"apikey\":\"" + key + "\",\"mode\":true}");
            assertEquals(200, on.statusCode(), on.body());

            HttpResponse<String> placed = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + key + "\","
                    + "\"strategy\":\"analyze-it\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\",\"action\":\"BUY\","
                    + "\"quantity\":\"1\",\"pricetype\":\"LIMIT\",\"price\":\"401\",\"product\":\"CNC\"}");

            assertEquals(200, placed.statusCode(), placed.body());
            JsonObject answer = Json.parse(placed.body());
            assertEquals("analyze", answer.getString("mode"), answer.toString());
            kite.verify(0, postRequestedFor(urlEqualTo("/orders/regular")));
            String book = api.postJson("/api/v1/orderbook", "{\"apikey\":\"" + key + "\"}").body();
            assertTrue(book.contains(answer.getString("orderid")) && book.contains("\"mode\":\"analyze\""), book);
            assertTrue(admin.browser().get("/app/broker").body().contains("data-connected=\"true\""),
                    "the live broker session is untouched");
        } finally {
            api.postJson("/api/v1/analyzer/toggle", "{\"apikey\":\"" + key + "\",\"mode\":false}");
        }
    }

    private static JsonObject refusal(WebClient api, String key, String symbol, int expectedStatus) {
        HttpResponse<String> response = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + key + "\","
                + "\"strategy\":\"kite-it\",\"exchange\":\"NSE\",\"symbol\":\"" + symbol + "\",\"action\":\"BUY\","
                + "\"quantity\":\"1\"}");
        assertEquals(expectedStatus, response.statusCode(), symbol + ": " + response.body());
        JsonObject body = Json.parse(response.body());
        assertEquals("error", body.getString("status"));
        assertFalse(response.body().contains("Exception") && response.body().contains("at io."), "no stack trace");
        return body;
    }

    private static void logIn(WebClient browser) {
        HttpResponse<String> toKite = browser.get("/app/broker/login");
        HttpResponse<String> back = browser.get(URI.create(toKite.headers().firstValue("Location").orElseThrow()));
        HttpResponse<String> callback = browser.get(URI.create(back.headers().firstValue("Location").orElseThrow()));
        assertEquals(303, callback.statusCode(), callback.body());
    }

    /** Kite's "order_id" answer to placing and cancelling (https://kite.trade/docs/connect/v3/orders/). */
    private static String orderIdAnswer() {
        return "{\"status\":\"success\",\"data\":{\"order_id\":\"" + ORDER_ID + "\"}}";
    }

    /** The download runs in the background after the login. */
    private static JsonObject awaitInstrumentMaster(Admin admin) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        JsonObject status = Json.parse(admin.browser().get("/admin/api/instruments").body());
        while (!status.getString("status").equals("success") && System.nanoTime() < deadline) {
            assertFalse(status.getString("status").equals("error"), status.toString());
            Thread.sleep(100);
            status = Json.parse(admin.browser().get("/admin/api/instruments").body());
        }
        assertEquals("success", status.getString("status"), status.toString());
        return status;
    }

    /** The logout runs in the background, so a slow broker never holds up the request that noticed. */
    private static void awaitLogoutAtKite() throws InterruptedException {
        var logout = deleteRequestedFor(urlEqualTo("/session/token?api_key=" + API_KEY + "&access_token=" + ACCESS_TOKEN))
                .withHeader("X-Kite-Version", equalTo("3"));
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (kite.findAll(logout).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, kite.findAll(logout).size(), "Kite's logout was called once with the session's token");
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
