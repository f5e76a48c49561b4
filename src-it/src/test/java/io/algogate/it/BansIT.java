package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Control;
import io.algogate.it.support.Identities;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IP bans: from 404 scanning and from the admin, persistent, escalating, never for loopback. */
class BansIT {

    private static final String BANNED = "Access Denied: Your IP has been banned";

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void twentyNotFoundsBanTheScannerAndTheBanSurvivesARestart() {
        WebClient scanner = new WebClient();
        for (int i = 1; i <= 19; i++) {
            assertEquals(404, scanner.get("/wp-admin/probe-" + i + ".php").statusCode(), "404 number " + i);
        }
        assertEquals(200, scanner.get("/app/login").statusCode(), "19 404s are not yet a scan");
        assertEquals(404, scanner.get("/.env").statusCode(), "the 20th 404 is still answered");

        HttpResponse<String> refused = scanner.get("/");
        assertEquals(403, refused.statusCode());
        assertEquals(BANNED, refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(refused.headers().firstValue("Content-Security-Policy").isPresent(), "a ban carries the headers");
        HttpResponse<String> page = scanner.get("/app/login");
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains(BANNED), "a dashboard page says it in the layout: " + page.body());
        assertEquals(200, new WebClient().get("/app/login").statusCode(), "others are not affected");

        JsonObject ban = new Admin().ban(scanner.address());
        assertEquals("404_detector", ban.getString("source"));
        assertTrue(ban.getString("reason").contains("404"), ban.toString());

        ItServer.stop();
        ItServer.start();
        assertEquals(403, scanner.get("/app/login").statusCode(), "the ban lives in the database");
    }

    @Test
    void harmlessBrowserPathsDoNotCount() {
        WebClient browser = new WebClient();
        IntStream.rangeClosed(1, 25).forEach(i -> browser.get("/favicon-" + i + ".ico"));
        IntStream.rangeClosed(1, 5).forEach(i -> browser.get("/.well-known/thing-" + i));
        assertEquals(200, browser.get("/app/login").statusCode());
    }

    @Test
    void loopbackAndNeverBanAddressesAreNeverBanned() {
        WebClient loopback = new WebClient(null);
        WebClient trusted = new WebClient(Identities.NEVER_BANNED);
        for (int i = 0; i < 25; i++) {
            loopback.get("/no-such-thing-" + i);
            trusted.get("/no-such-thing-" + i);
        }
        assertEquals(200, loopback.get("/app/login").statusCode());
        assertEquals(200, trusted.get("/app/login").statusCode());
        Admin admin = new Admin();
        assertEquals(400, admin.ban("127.0.0.1", "test", 1).statusCode(), "loopback cannot be banned");
        assertFalse(admin.bans().stream().anyMatch(b -> b.asJsonObject().getString("clientKey").equals("127.0.0.1")));
    }

    @Test
    void theThirdBanIsPermanentAndAnUnbanTakesEffectAtOnce() {
        Admin admin = new Admin();
        WebClient offender = new WebClient();
        for (int round = 1; round <= 3; round++) {
            HttpResponse<String> banned = admin.ban(offender.address(), "manual test " + round, 24);
            assertEquals(200, banned.statusCode(), banned.body());
            assertEquals(403, offender.get("/app/login").statusCode(), "banned in round " + round);
            JsonObject ban = admin.ban(offender.address());
            assertEquals(round, ban.getInt("banCount"));
            assertEquals(round == 3, ban.getBoolean("permanent"), ban.toString());
            if (round < 3) {
                assertEquals(200, admin.unban(offender.address()).statusCode());
                assertEquals(200, offender.get("/app/login").statusCode(), "unbanned at once in round " + round);
            }
        }
        Control.advance(java.time.Duration.ofDays(30));
        assertEquals(403, offender.get("/app/login").statusCode(), "a permanent ban does not expire");
        // Thirty days on, the admin's session has ended at a daily cut-off: the admin logs in again.
        assertEquals(200, new Admin().unban(offender.address()).statusCode());
        assertEquals(200, offender.get("/app/login").statusCode());
    }

    @Test
    void aTemporaryBanExpiresByTheClock() {
        Admin admin = new Admin();
        WebClient client = new WebClient();
        assertEquals(200, admin.ban(client.address(), "short", 24).statusCode());
        assertEquals(403, client.get("/app/login").statusCode());
        Control.advance(java.time.Duration.ofHours(24).plusMinutes(2));
        assertEquals(200, client.get("/app/login").statusCode());
    }

    @Test
    void theAdminResourceNeedsASessionAndTheCsrfHeader() {
        WebClient stranger = new WebClient();
        assertEquals(401, stranger.get("/admin/api/bans").statusCode());
        Admin admin = new Admin();
        HttpResponse<String> noHeader = admin.browser().postJson("/admin/api/bans",
                "{\"ip\":\"203.0.113.250\",\"reason\":\"x\",\"hours\":1}");
        assertEquals(403, noHeader.statusCode(), "no CSRF header, no ban");
    }
}
