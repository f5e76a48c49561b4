package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Session cookies, the new id at login, and the daily cut-off for browsers and API clients alike. */
class SessionIT {

    private static final String SESSION_COOKIE = "algogate_session";

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void cookiesAreHttpOnlyAndSameSiteLaxOnHttpAndSecureOnHttps() {
        WebClient browser = new WebClient();
        HttpResponse<String> page = browser.get("/app/login");
        String csrfCookie = setCookie(page.headers().allValues("Set-Cookie"), "XSRF-TOKEN");
        assertTrue(csrfCookie.contains("HttpOnly") && csrfCookie.contains("SameSite=Lax"), csrfCookie);
        assertFalse(csrfCookie.contains("Secure"), csrfCookie);
        assertTrue(setCookieNames(page).stream().noneMatch(SESSION_COOKIE::equals), "no session before login");

        HttpResponse<String> login = Installation.logIn(browser, Installation.PASSWORD);
        String sessionCookie = setCookie(login.headers().allValues("Set-Cookie"), SESSION_COOKIE);
        assertTrue(sessionCookie.contains("HttpOnly") && sessionCookie.contains("SameSite=Lax"), sessionCookie);

        HttpResponse<String> secure = new WebClient().get(ItServer.https("/app/login"));
        String secureCsrf = setCookie(secure.headers().allValues("Set-Cookie"), "XSRF-TOKEN");
        assertTrue(secureCsrf.contains("Secure") && secureCsrf.contains("HttpOnly"), secureCsrf);
    }

    @Test
    void theSessionIdChangesAtLogin() {
        WebClient browser = new WebClient();
        Installation.logIn(browser, Installation.PASSWORD);
        String first = browser.cookie(SESSION_COOKIE).orElseThrow().getValue();
        Installation.logIn(browser, Installation.PASSWORD);
        String second = browser.cookie(SESSION_COOKIE).orElseThrow().getValue();
        assertNotEquals(first, second);
    }

    @Test
    void theDailyCutOffLogsOutAndRevokesTheBrokerSessionForApiClientsToo() {
        String key = Installation.liveApiKey();
        WebClient browser = new WebClient();
        assertEquals(303, Installation.logIn(browser, Installation.PASSWORD).statusCode());
        assertEquals(200, browser.get("/app/dashboard").statusCode());
        WebClient api = new WebClient();
        assertEquals(200, api.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}").statusCode());

        Control.advance(Duration.ofHours(25));

        HttpResponse<String> expiredApi = api.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}");
        assertEquals(403, expiredApi.statusCode(), "no browser visit was needed");
        assertEquals("{\"status\":\"error\",\"message\":\"Broker session expired: log in to your broker again\"}",
                expiredApi.body());

        HttpResponse<String> page = browser.get("/app/dashboard");
        assertEquals(303, page.statusCode());
        assertEquals("/app/login?expired=1", page.headers().firstValue("Location").orElseThrow());
        assertTrue(browser.get("/app/login?expired=1").body().contains("daily cut-off"));
        assertEquals(303, browser.get("/app/dashboard").statusCode(), "the old session is gone");

        assertEquals(303, Installation.logIn(new WebClient(), Installation.PASSWORD).statusCode());
        assertEquals(200, api.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}").statusCode(),
                "logging in again starts a new broker session");
    }

    private static List<String> setCookieNames(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf('='))).toList();
    }

    private static String setCookie(List<String> headers, String name) {
        return headers.stream().filter(h -> h.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + headers));
    }
}
