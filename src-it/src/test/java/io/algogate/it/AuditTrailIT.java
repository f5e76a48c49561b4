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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail on the running server: real actions append chained rows in order, the chain
 * verifies, and a row edited behind the application's back (through the test profile's control, as
 * someone with access to the logs database could) is the row verification names.
 */
class AuditTrailIT {

    private static final Pattern NEW_KEY = Pattern.compile("id=\"api-key\">([0-9a-f]{64})<");
    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);
    /** Documentation addresses (RFC 5737), far from any real client of the IT. */
    private static final String BANNED_ADDRESS = "198.51.100.77";

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void realActionsAreChainedInOrderAndAnEditedRowIsNamed() {
        Admin admin = new Admin();
        long before = newestId(admin);

        WebClient stranger = new WebClient();
        Installation.logIn(stranger, "Wrong#Pass1");
        assertEquals(200, admin.ban(BANNED_ADDRESS, "audit trail test", 1).statusCode());
        assertEquals(200, admin.unban(BANNED_ADDRESS).statusCode());
        HttpResponse<String> smtp = admin.send("PUT", "/admin/api/smtp", "{\"host\":\"127.0.0.1\",\"port\":"
                + SMTP_PORT + ",\"from\":\"gateway@example.com\",\"security\":\"NONE\",\"password\":\"smtp-Secret-42\"}");
        assertEquals(200, smtp.statusCode(), smtp.body());
        String key = Installation.liveApiKey();
        assertEquals(200, new WebClient().postJson("/api/v1/analyzer/toggle", "{\"apikey\":\"" + key
                + "\",\"mode\":false}").statusCode());
        regenerateApiKey();

        HttpResponse<String> listed = admin.browser().get("/admin/api/audit?size=500");
        assertEquals(200, listed.statusCode(), listed.body());
        assertFalse(listed.body().contains("smtp-Secret-42"), "no secret reaches the trail");
        List<JsonObject> mine = Json.parse(listed.body()).getJsonArray("entries").getValuesAs(JsonObject.class)
                .stream().filter(row -> row.getJsonNumber("id").longValue() > before)
                .sorted(Comparator.comparingLong(row -> row.getJsonNumber("id").longValue())).toList();
        List<String> events = mine.stream().map(row -> row.getString("event")).toList();
        assertEquals(List.of("LOGIN_FAILED", "IP_BANNED", "IP_UNBANNED", "SETTINGS_CHANGED", "SETTINGS_CHANGED",
                "LOGIN_SUCCEEDED", "API_KEY_REGENERATED"), events, mine.toString());
        for (int i = 1; i < mine.size(); i++) {
            assertEquals(mine.get(i - 1).getJsonNumber("sequence").longValue() + 1,
                    mine.get(i).getJsonNumber("sequence").longValue(), "appended one at a time, in order");
            assertEquals(64, mine.get(i).getString("mac").length());
        }
        JsonObject failedLogin = mine.get(0);
        assertEquals(Installation.USERNAME, failedLogin.getString("username"));
        assertEquals(stranger.address(), failedLogin.getString("client_ip"));
        assertEquals(BANNED_ADDRESS, mine.get(1).getString("client_ip"));
        assertTrue(mine.get(3).getString("detail").contains("SMTP"), mine.get(3).toString());
        assertTrue(mine.get(4).getString("detail").contains("analyzer"), mine.get(4).toString());

        JsonObject intact = verify(admin);
        assertTrue(intact.getBoolean("intact"), intact.toString());
        assertTrue(intact.isNull("first_failure"));
        assertTrue(intact.getJsonNumber("head_sequence").longValue()
                >= mine.get(mine.size() - 1).getJsonNumber("sequence").longValue());

        long edited = failedLogin.getJsonNumber("id").longValue();
        String original = tamper(edited, "admin");
        try {
            JsonObject broken = verify(admin);
            assertFalse(broken.getBoolean("intact"), broken.toString());
            JsonObject failure = broken.getJsonObject("first_failure");
            assertEquals(edited, failure.getJsonNumber("id").longValue(), broken.toString());
            assertTrue(failure.getString("reason").contains("MAC"), failure.toString());
            assertTrue(broken.getString("message").contains(String.valueOf(edited)), broken.toString());
        } finally {
            assertEquals("admin", tamper(edited, original));
        }
        assertTrue(verify(admin).getBoolean("intact"), "the original value verifies again");
    }

    @Test
    void verificationIsAnAdminActionBehindTheCsrfHeader() {
        assertEquals(401, new WebClient().postJson("/admin/api/audit/verify", "{}").statusCode());
        Admin admin = new Admin();
        HttpResponse<String> withoutHeader = admin.browser().postJson("/admin/api/audit/verify", "{}");
        assertEquals(403, withoutHeader.statusCode(), withoutHeader.body());
        assertEquals("error", Json.parse(withoutHeader.body()).getString("status"));
        assertEquals(401, new WebClient().get("/admin/api/audit").statusCode());
    }

    private static long newestId(Admin admin) {
        HttpResponse<String> newest = admin.browser().get("/admin/api/audit?size=1");
        assertEquals(200, newest.statusCode(), newest.body());
        List<JsonObject> rows = Json.parse(newest.body()).getJsonArray("entries").getValuesAs(JsonObject.class);
        return rows.isEmpty() ? 0 : rows.get(0).getJsonNumber("id").longValue();
    }

    private static JsonObject verify(Admin admin) {
        HttpResponse<String> verified = admin.send("POST", "/admin/api/audit/verify", null);
        assertEquals(200, verified.statusCode(), verified.body());
        return Json.parse(verified.body());
    }

    private static String tamper(long id, String username) {
        return Json.parse(Control.post("/__test/audit/tamper?id=" + id + "&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).getString("previous");
    }

    /** As the trader does on the account page; the new key replaces the one the other ITs use. */
    private static void regenerateApiKey() {
        WebClient trader = new WebClient();
        Installation.logIn(trader, Installation.PASSWORD);
        HttpResponse<String> account = trader.get("/app/account");
        HttpResponse<String> regenerated = trader.postForm("/app/account/apikey",
                Map.of("_csrf", WebClient.csrfToken(account)));
        Matcher fresh = NEW_KEY.matcher(regenerated.body());
        assertTrue(fresh.find(), regenerated.body());
        Installation.replaceApiKey(fresh.group(1));
    }
}
