package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.ItServer;
import io.algogate.it.support.WebClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every response the gateway gives carries the browser's defences, whatever its status. */
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    private final WebClient client = new WebClient();

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
    }

    @Test
    void successRedirectClientErrorAndNotFoundResponsesAllCarryTheHeaders() {
        List<HttpResponse<String>> responses = List.of(
                client.get("/app/login"),                                            // 200 or 303
                client.get("/"),                                                     // 302
                client.postJson("/api/v1/ping", "{\"apikey\":\"" + "f".repeat(64) + "\"}"), // 403
                client.get("/no/such/page"),                                         // 404, container page
                client.postJson("/api/v1/nothing-here", "{}"),                       // 404, API shape
                client.postJson("/api/v1/placeorder", "{not json"),                  // 400
                client.get("/app/dashboard"));                                       // 303 to login
        assertEquals(403, responses.get(2).statusCode());
        assertEquals(404, responses.get(3).statusCode());
        assertEquals(404, responses.get(4).statusCode());
        assertEquals(400, responses.get(5).statusCode());
        for (HttpResponse<String> response : responses) {
            assertSecurityHeaders(response.uri() + " " + response.statusCode(), response.headers());
        }
    }

    @Test
    void noInternalContainerHeaderReachesTheClient() {
        // Liberty's metrics callback names the unmapped exception, URL included, in a header of its own.
        for (String path : List.of("/app/no-such-page", "/admin/api/no-such-thing", "/api/v1/no-such-route")) {
            HttpResponse<String> response = client.get(path);
            assertEquals(404, response.statusCode(), path);
            if (path.startsWith("/app/")) {
                assertTrue(response.body().contains("<h1>Not found</h1>") && response.body().contains("id=\"main\""),
                        "a dashboard path answers with the Not found page: " + response.body());
            }
            assertTrue(response.headers().map().keySet().stream()
                    .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("io.openliberty")),
                    path + ": " + response.headers().map());
        }
    }

    @Test
    void eachResponseHasItsOwnNonce() {
        String first = nonce(client.get("/app/login").headers());
        String second = nonce(client.get("/app/login").headers());
        assertNotEquals(first, second);
    }

    @Test
    void httpsWorksWithLibertysCertificateAndAddsHsts() {
        HttpResponse<String> response = client.get(ItServer.https("/app/login"));
        assertSecurityHeaders("https", response.headers());
        assertTrue(response.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
        assertTrue(client.get("/app/login").headers().firstValue("Strict-Transport-Security").isEmpty(),
                "no HSTS over plain HTTP");
    }

    @Test
    void noServerSoftwareIsAdvertised() {
        HttpHeaders headers = client.send(HttpRequest.newBuilder(ItServer.http("/no/such/page"))).headers();
        assertTrue(headers.firstValue("X-Powered-By").isEmpty());
        assertTrue(headers.firstValue("Server").isEmpty());
    }

    private static void assertSecurityHeaders(String what, HttpHeaders headers) {
        String csp = headers.firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError(what + ": no CSP"));
        assertFalse(csp.contains("unsafe-inline"), what + ": " + csp);
        assertTrue(csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'self'")
                && csp.contains("base-uri 'self'") && csp.contains("form-action 'self'"), what + ": " + csp);
        nonce(headers);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("SAMEORIGIN", headers.firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(null), what);
        assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"), what);
        assertTrue(headers.firstValue("Cache-Control").orElse("").contains("no-store"), what);
        assertTrue(headers.firstValue("X-Request-Id").isPresent(), what);
    }

    private static String nonce(HttpHeaders headers) {
        Matcher matcher = NONCE.matcher(headers.firstValue("Content-Security-Policy").orElse(""));
        assertTrue(matcher.find(), "no nonce in the CSP");
        String nonce = matcher.group(1);
        assertTrue(java.util.Base64.getDecoder().decode(nonce).length >= 16, "a nonce of 128 bits or more");
        return nonce;
    }
}
