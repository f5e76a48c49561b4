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
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chain's layers seen from outside, and their order proven by behaviour that depends on it (D5):
 * rejections from late layers carry the headers of an early one, a preflight needs no key, CSRF
 * guards the dashboard but not the API, bodies are checked before anything parses them.
 */
class SecurityChainIT {

    private static final String ALLOWED_ORIGIN = "https://allowed.example";
    private String key;

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
    }

    @org.junit.jupiter.api.BeforeEach
    void liveKey() {
        key = Installation.liveApiKey();
    }

    @Test
    void everyResponseClassCarriesTheSecurityHeaders() {
        Control.reset();
        WebClient client = new WebClient();
        HttpResponse<String> ok = client.get("/app/login");
        HttpResponse<String> notFound = client.get("/no/such/page");
        HttpResponse<String> tooLarge = client.postJson("/api/v1/ping", "{\"apikey\":\"" + "x".repeat(1_100_000) + "\"}");
        HttpResponse<String> failed = client.send(HttpRequest.newBuilder(ItServer.http("/__test/fail"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> tooMany = null;
        for (int i = 0; i < 6 && (tooMany == null || tooMany.statusCode() != 429); i++) {
            tooMany = client.postForm("/app/login", Map.of("username", "a", "password", "b"));
        }
        WebClient banned = new WebClient();
        assertEquals(200, new Admin().ban(banned.address(), "headers test", 1).statusCode());
        HttpResponse<String> ban = banned.get("/app/login");

        List<HttpResponse<String>> all = List.of(ok, notFound, tooLarge, failed, tooMany, ban);
        List<Integer> statuses = all.stream().map(HttpResponse::statusCode).toList();
        assertEquals(List.of(200, 404, 413, 500, 429, 403), statuses);
        for (HttpResponse<String> response : all) {
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("'nonce-"), response.statusCode() + " has no CSP nonce");
            assertFalse(csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertFalse(failed.body().contains("Deliberate failure"), "no exception text reaches the client");
        assertFalse(failed.body().contains("at io.algogate"), "no stack trace reaches the client");
    }

    @Test
    void corsOnlyForTheConfiguredOriginAndPreflightsNeedNoKey() {
        WebClient client = new WebClient();
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(ItServer.http("/api/v1/placeorder"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type"));
        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals(ALLOWED_ORIGIN, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("86400", preflight.headers().firstValue("Access-Control-Max-Age").orElse(""));

        HttpResponse<String> allowed = client.send(HttpRequest.newBuilder(ItServer.http("/api/v1/ping"))
                .header("Origin", ALLOWED_ORIGIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"apikey\":\"" + key + "\"}")));
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertEquals(ALLOWED_ORIGIN, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(allowed.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(), "credentials off");

        HttpResponse<String> other = client.send(HttpRequest.newBuilder(ItServer.http("/api/v1/ping"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"apikey\":\"" + key + "\"}")));
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        assertTrue(client.get("/app/login").headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "CORS is for /api/ only");
    }

    @Test
    void aDashboardPostWithoutAValidTokenOrFromAnotherSiteIsRefusedButTheApiNeedsNone() {
        WebClient browser = new WebClient();
        HttpResponse<String> form = browser.get("/app/login");
        Map<String, String> credentials = Map.of("username", Installation.USERNAME, "password", Installation.PASSWORD);
        assertEquals(403, browser.postForm("/app/login", credentials).statusCode(), "no token");
        Map<String, String> stale = new java.util.HashMap<>(credentials);
        stale.put("_csrf", "stale-" + WebClient.csrfToken(form));
        assertEquals(403, browser.postForm("/app/login", stale).statusCode(), "a wrong token");

        Map<String, String> valid = new java.util.HashMap<>(credentials);
        valid.put("_csrf", WebClient.csrfToken(form));
        HttpResponse<String> crossSite = browser.send(HttpRequest.newBuilder(ItServer.http("/app/login"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(valid))));
        assertEquals(403, crossSite.statusCode(), "another site's form is refused even with a token");

        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(ItServer.http("/api/v1/ping"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"apikey\":\"" + key + "\"}")));
        assertEquals(200, api.statusCode(), "the API authenticates by key, not by origin: " + api.body());
    }

    @Test
    void oversizedNonJsonAndMalformedBodiesGetClearErrorsInTheApiShape() {
        WebClient client = new WebClient();
        HttpResponse<String> tooLarge = client.postJson("/api/v1/placeorder", "{\"pad\":\"" + "x".repeat(1_048_600) + "\"}");
        assertEquals(413, tooLarge.statusCode());
        assertEquals("error", Json.parse(tooLarge.body()).getString("status"));

        HttpResponse<String> notJson = client.send(HttpRequest.newBuilder(ItServer.http("/api/v1/ping"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("apikey=" + key)));
        assertEquals(415, notJson.statusCode());
        assertEquals("error", Json.parse(notJson.body()).getString("status"));

        HttpResponse<String> malformed = client.postJson("/api/v1/placeorder", "{\"apikey\": ");
        assertEquals(400, malformed.statusCode());
        assertEquals("error", Json.parse(malformed.body()).getString("status"));

        HttpResponse<String> missingKey = client.postJson("/api/v1/orderbook", "{}");
        assertEquals(400, missingKey.statusCode());
        assertTrue(Json.parse(missingKey.body()).getJsonObject("errors").containsKey("apikey"));

        HttpResponse<String> headerKey = client.send(HttpRequest.newBuilder(ItServer.http("/api/v1/ping"))
                .header("X-API-KEY", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(200, headerKey.statusCode(), headerKey.body());
        assertEquals(200, client.get("/app/login").statusCode(), "the server keeps serving");
    }

    @Test
    void cspViolationReportsAreAcceptedAndRateLimited() {
        Control.reset();
        Control.freeze();
        try {
            postReports();
        } finally {
            Control.unfreeze();
        }
    }

    private static void postReports() {
        WebClient browser = new WebClient();
        String report = "{\"csp-report\":{\"blocked-uri\":\"inline\",\"violated-directive\":\"script-src\"}}";
        for (int i = 1; i <= 30; i++) {
            HttpResponse<String> accepted = browser.send(HttpRequest.newBuilder(ItServer.http("/csp-report"))
                    .header("Content-Type", "application/csp-report").POST(HttpRequest.BodyPublishers.ofString(report)));
            assertEquals(204, accepted.statusCode(), "report " + i);
        }
        HttpResponse<String> limited = browser.send(HttpRequest.newBuilder(ItServer.http("/csp-report"))
                .header("Content-Type", "application/csp-report").POST(HttpRequest.BodyPublishers.ofString(report)));
        assertEquals(429, limited.statusCode());
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
    }
}
