package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The account page: key regeneration, masking, password change ending other sessions, login activity. */
class AccountIT {

    private static final Pattern NEW_KEY = Pattern.compile("id=\"api-key\">([0-9a-f]{64})<");

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void aRegeneratedKeyReplacesTheOldOneAtTheNextRequestAndPagesShowItMaskedOnly() {
        String old = Installation.liveApiKey();
        WebClient api = new WebClient();
        assertEquals(200, api.postJson("/api/v1/ping", "{\"apikey\":\"" + old + "\"}").statusCode(), "old key cached");

        WebClient trader = new WebClient();
        Installation.logIn(trader, Installation.PASSWORD);
        HttpResponse<String> account = trader.get("/app/account");
        assertEquals(200, account.statusCode());
        assertFalse(account.body().contains(old), "the key is never shown whole again");
        assertTrue(account.body().contains(old.substring(0, 4) + "********"), account.body());
        for (String page : new String[] {"/app/dashboard", "/app/profile/totp"}) {
            assertFalse(trader.get(page).body().contains(old), page + " shows the key");
        }

        HttpResponse<String> regenerated = trader.postForm(account, "/app/account/apikey", Map.of());
        Matcher fresh = NEW_KEY.matcher(regenerated.body());
        assertTrue(fresh.find(), regenerated.body());
        String newKey = fresh.group(1);
        Installation.replaceApiKey(newKey);

        HttpResponse<String> refused = api.postJson("/api/v1/ping", "{\"apikey\":\"" + old + "\"}");
        assertEquals(403, refused.statusCode(), "the old key is refused at the next request");
        assertEquals(200, api.postJson("/api/v1/ping", "{\"apikey\":\"" + newKey + "\"}").statusCode());
        assertFalse(trader.get("/app/account").body().contains(newKey), "shown once only");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndLoginsAreRecorded() {
        WebClient first = new WebClient();
        WebClient second = new WebClient();
        Installation.logIn(first, Installation.PASSWORD);
        Installation.logIn(second, Installation.PASSWORD);
        assertEquals(200, second.get("/app/dashboard").statusCode());

        HttpResponse<String> page = first.get("/app/profile");
        HttpResponse<String> weak = first.postForm(page, "/app/profile/password",
                Map.of("current", Installation.PASSWORD, "password", "weak", "confirm", "weak"));
        assertEquals(400, weak.statusCode());
        HttpResponse<String> mistyped = first.postForm(page, "/app/profile/password",
                Map.of("current", Installation.PASSWORD, "password", "Chang3d#Pass", "confirm", "Chang3d#Pas"));
        assertEquals(400, mistyped.statusCode(), "the confirmation must match");
        assertEquals(200, second.get("/app/dashboard").statusCode(), "a refused change ends nothing");
        HttpResponse<String> changed = first.postForm(page, "/app/profile/password",
                Map.of("current", Installation.PASSWORD, "password", "Chang3d#Pass", "confirm", "Chang3d#Pass"));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(303, second.get("/app/dashboard").statusCode(), "the other session is over");
        assertEquals(200, first.get("/app/dashboard").statusCode(), "this session stays");

        HttpResponse<String> back = first.postForm(first.get("/app/profile"), "/app/profile/password",
                Map.of("current", "Chang3d#Pass", "password", Installation.PASSWORD, "confirm", Installation.PASSWORD));
        assertEquals(200, back.statusCode(), back.body());

        WebClient stranger = new WebClient();
        Installation.logIn(stranger, "Wrong#Pass9");
        var activity = Json.parseArray(new Admin().browser().get("/admin/api/login-activity").body());
        assertTrue(activity.stream().map(v -> v.asJsonObject()).anyMatch(e -> e.getString("event").equals("LOGIN_FAILED")
                && e.getString("clientIp").equals(stranger.address())), activity.toString());
    }
}
