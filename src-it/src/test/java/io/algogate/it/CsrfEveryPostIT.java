package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard {@code @POST} route, as the deployed controllers declare them (the test profile
 * lists them by reflection, so a new form cannot be left out), refuses a logged-in browser's request
 * without a CSRF token and with a stale one, and the session survives each refusal.
 */
class CsrfEveryPostIT {

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void everyPostRouteRefusesAMissingOrStaleToken() {
        WebClient loopback = new WebClient(null);
        List<String> routes = Json.parseArray(loopback.get("/__test/post-routes").body()).getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertTrue(routes.contains("/app/login") && routes.contains("/app/account/apikey"), routes.toString());
        assertTrue(routes.size() >= 10, "every form of the dashboard: " + routes);

        WebClient browser = new WebClient();
        assertEquals(303, Installation.logIn(browser, Installation.PASSWORD).statusCode());
        String staleToken = WebClient.csrfToken(new WebClient().get("/app/login"));
        for (String route : routes) {
            Control.reset(); // the login and reset routes' rate limits would otherwise answer first
            HttpResponse<String> missing = browser.postForm(route, Map.of("field", "value"));
            assertEquals(403, missing.statusCode(), route + " without a token: " + missing.body());
            HttpResponse<String> stale = browser.postForm(route, Map.of("_csrf", staleToken, "field", "value"));
            assertEquals(403, stale.statusCode(), route + " with another browser's token: " + stale.body());
        }
        assertEquals(200, browser.get("/app/dashboard").statusCode(), "the refusals did not end the session");
    }
}
