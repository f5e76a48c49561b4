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
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The traffic log on the running server: every request but static assets lands in the logs database
 * with its resolved client, method, path without query, final status, duration and user, refusals by
 * early layers (a ban) included, which shows it runs ahead of them.
 */
class TrafficLogIT {

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
    }

    @Test
    void requestsAreRecordedWithTheirClientStatusAndUserAndWithoutTheirQuery() {
        String key = Installation.liveApiKey();
        long droppedBefore = Control.counters().getJsonNumber("trafficDropped").longValue();
        WebClient client = new WebClient();
        assertEquals(200, client.get("/app/login").statusCode());
        assertEquals(404, client.get("/no/such/traffic-page?apikey=query-secret-123").statusCode());
        assertEquals(200, client.get("/static/app.css").statusCode());
        assertEquals(200, client.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}").statusCode());

        WebClient banned = new WebClient();
        Admin admin = new Admin();
        assertEquals(200, admin.ban(banned.address(), "traffic log test", 1).statusCode());
        try {
            assertEquals(403, banned.get("/app/login").statusCode());
        } finally {
            admin.unban(banned.address());
        }

        Control.post("/__test/traffic/flush");
        HttpResponse<String> page = admin.browser().get("/admin/api/traffic?size=500");
        assertEquals(200, page.statusCode(), page.body());
        assertFalse(page.body().contains("query-secret-123"), "no query string is kept");
        JsonObject body = Json.parse(page.body());
        List<JsonObject> mine = body.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("client_ip").equals(client.address())).toList();

        JsonObject login = only(mine, "GET", "/app/login");
        assertEquals(200, login.getInt("status"));
        assertTrue(login.isNull("user_id"));
        assertTrue(login.getJsonNumber("duration_ms").longValue() >= 0);
        assertEquals(404, only(mine, "GET", "/no/such/traffic-page").getInt("status"));
        JsonObject ping = only(mine, "POST", "/api/v1/ping");
        assertEquals(200, ping.getInt("status"));
        assertFalse(ping.isNull("user_id"), "the key's user is recorded");
        assertTrue(mine.stream().noneMatch(entry -> entry.getString("path").startsWith("/static/")),
                "static assets are not recorded");

        JsonObject refused = body.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("client_ip").equals(banned.address())).findFirst().orElseThrow();
        assertEquals(403, refused.getInt("status"), "a ban, refused ahead of most layers, is still recorded");
        assertEquals(droppedBefore, body.getJsonNumber("dropped").longValue(), "nothing dropped by this test");
    }

    private static JsonObject only(List<JsonObject> entries, String method, String path) {
        List<JsonObject> matching = entries.stream()
                .filter(entry -> entry.getString("method").equals(method) && entry.getString("path").equals(path)).toList();
        assertEquals(1, matching.size(), method + " " + path + " in " + entries);
        return matching.get(0);
    }
}
