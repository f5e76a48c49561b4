package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ten invalid API keys from one address ban it; only short key prefixes are ever stored. */
class InvalidKeyBanIT {

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void tenInvalidKeysBanTheGuesserAndOnlyPrefixesAreKept() {
        WebClient guesser = new WebClient();
        String keyPrefix = "abcdef0123456789";
        for (int i = 1; i <= 9; i++) {
            HttpResponse<String> refused = guesser.postJson("/api/v1/ping", "{\"apikey\":\"" + key(keyPrefix, i) + "\"}");
            assertEquals(403, refused.statusCode());
            assertEquals("{\"status\":\"error\",\"message\":\"Invalid openalgo apikey\"}", refused.body());
        }
        Admin admin = new Admin();
        JsonObject tracker = admin.trackers().getJsonArray("invalidKeys").stream().map(v -> v.asJsonObject())
                .filter(t -> t.getString("clientKey").equals(guesser.address())).findFirst().orElseThrow();
        assertEquals(9, tracker.getInt("hits"));
        String stored = tracker.toString();
        tracker.getJsonArray("keyPrefixes").forEach(p -> assertEquals(16, p.toString().replace("\"", "").length()));
        for (int i = 1; i <= 9; i++) {
            assertFalse(stored.contains(key(keyPrefix, i)), "a whole key was stored");
            assertFalse(stored.contains(keyPrefix), "any part of the key itself was stored");
        }

        assertEquals(403, guesser.postJson("/api/v1/ping", "{\"apikey\":\"" + key(keyPrefix, 10) + "\"}").statusCode());
        HttpResponse<String> banned = guesser.get("/");
        assertEquals(403, banned.statusCode());
        assertEquals("Access Denied: Your IP has been banned", banned.body());
        assertEquals("api_key_detector", admin.ban(guesser.address()).getString("source"));
        assertTrue(admin.unban(guesser.address()).statusCode() == 200);
    }

    private static String key(String prefix, int i) {
        return prefix + String.format("%048x", i);
    }
}
