package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's order log page (admin): an order placed through the API is on it, the filters narrow
 * it, a client's text is shown as text, and it needs a session. And the GTT place route: validation
 * first (a bad body is a 400 naming its fields), then the broker (the sandbox places the GTT).
 */
class OrderLogPageIT {

    private static final String XSS = "<script>alert(1)</script>";
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*)\" id=\"orderlog-next\"");
    private static final Pattern TIME = Pattern.compile("<td>(\\d{4}-\\d{2}-\\d{2}) \\d{2}:\\d{2}:\\d{2}</td>");
    private static String key;
    private final WebClient api = new WebClient();

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        key = Installation.liveApiKey();
    }

    private HttpResponse<String> post(String route, String fields) {
        return api.postJson("/api/v1/" + route, "{\"apikey\":\"" + key + "\"," + fields + "}");
    }

    @Test
    void theAdminSeesAnOrderEscapedAndTheFiltersNarrowTheLog() {
        HttpResponse<String> placed = post("placeorder", "\"strategy\":\"" + XSS + "\",\"exchange\":\"NSE\","
                + "\"symbol\":\"ITC\",\"action\":\"BUY\",\"quantity\":\"1\",\"pricetype\":\"LIMIT\",\"price\":\"150\"");
        assertEquals(200, placed.statusCode(), placed.body());
        String orderId = Json.parse(placed.body()).getString("orderid");
        WebClient admin = new Admin().browser();
        try {
            String row = findRow(admin, "/app/orderlog", orderId).orElseThrow(() -> new AssertionError("order not on the log"));
            assertTrue(row.contains("<td class=\"orderlog-endpoint\">placeorder</td>"), row);
            assertTrue(row.contains("<td class=\"orderlog-mode\">live</td>"), row);
            assertTrue(row.contains("<td class=\"orderlog-status\">200</td>"), row);
            assertTrue(row.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), row);
            assertFalse(row.contains(XSS), "the strategy is text, not markup");
            assertFalse(row.contains(key), "the key is never stored");

            HttpResponse<String> first = admin.get("/app/orderlog");
            assertEquals(200, first.statusCode());
            assertFalse(first.body().contains(XSS));
            assertTrue(first.body().contains("id=\"orderlog-csv\""), "a CSV link");

            assertTrue(findRow(admin, "/app/orderlog?endpoint=placeorder&mode=live", orderId).isPresent());
            assertFalse(findRow(admin, "/app/orderlog?endpoint=cancelorder", orderId).isPresent());
            assertFalse(findRow(admin, "/app/orderlog?mode=analyze", orderId).isPresent());
            String page = admin.get("/app/orderlog?endpoint=cancelorder").body();
            assertFalse(page.contains("<td class=\"orderlog-endpoint\">placeorder</td>"), "only cancelorder lines");

            Matcher time = TIME.matcher(row);
            assertTrue(time.find(), row);
            String day = time.group(1);
            assertTrue(findRow(admin, "/app/orderlog?date=" + day, orderId).isPresent());
            String otherDay = java.time.LocalDate.parse(day).minusDays(1).toString();
            assertFalse(findRow(admin, "/app/orderlog?date=" + otherDay, orderId).isPresent());
            HttpResponse<String> csv = admin.get("/admin/api/orderlog.csv?endpoint=placeorder&date=" + day);
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains(orderId));
            assertFalse(admin.get("/admin/api/orderlog.csv?endpoint=cancelorder&date=" + day).body().contains(
                    "\"" + orderId + "\"" ), "the CSV export filters as the page does");

            for (String bad : List.of("mode=paper", "date=31-12-2026", "page=-1", "page=abc", "endpoint=%3Cb%3E")) {
                HttpResponse<String> refused = admin.get("/app/orderlog?" + bad);
                assertEquals(400, refused.statusCode(), bad);
                assertTrue(refused.body().contains("id=\"orderlog-error\""), bad + ": " + refused.body());
            }
            assertEquals(400, admin.get("/admin/api/orderlog.csv?mode=paper").statusCode());
            assertTrue(admin.get("/app/dashboard").body().contains("id=\"orderlog-link\""), "linked from the dashboard");
        } finally {
            post("cancelorder", "\"strategy\":\"it\",\"orderid\":\"" + orderId + "\"");
        }
    }

    @Test
    void withoutASessionThePageRedirectsToLogin() {
        HttpResponse<String> page = new WebClient().get("/app/orderlog");
        assertEquals(303, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElseThrow().endsWith("/app/login"),
                page.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void placeGttOrderValidatesFirstThenReachesTheBroker() {
        // Triggers far either side of SBIN's 800, so the walk cannot have reached one whatever the clock.
        String body = "\"strategy\":\"gtt\",\"trigger_type\":\"OCO\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\",\"action\":\"BUY\","
                + "\"product\":\"CNC\",\"quantity\":\"1\",\"price\":\"800\",\"triggerprice_sl\":\"400\",\"stoploss\":\"399\","
                + "\"triggerprice_tg\":\"1600\",\"target\":\"1601\",\"ignored\":true";
        HttpResponse<String> valid = post("placegttorder", body);
        assertEquals(200, valid.statusCode(), valid.body());
        String triggerId = Json.parse(valid.body()).getString("trigger_id");
        assertEquals(200, post("cancelgttorder", "\"strategy\":\"gtt\",\"trigger_id\":\"" + triggerId + "\"").statusCode());

        HttpResponse<String> invalid = post("placegttorder", body.replace("\"product\":\"CNC\"", "\"product\":\"MIS\""));
        assertEquals(400, invalid.statusCode(), invalid.body());
        JsonObject refusal = Json.parse(invalid.body());
        assertEquals("error", refusal.getString("status"));
        assertEquals(List.of("product"), refusal.getJsonObject("errors").keySet().stream().toList());
        assertTrue(refusal.getString("message").contains("product"), invalid.body());

        HttpResponse<String> modify = post("modifygttorder", body);
        assertEquals(400, modify.statusCode(), modify.body());
        assertTrue(Json.parse(modify.body()).getJsonObject("errors").containsKey("trigger_id"));
    }

    /** The row (its HTML) of the order, following the Older links a few pages if need be. */
    private static Optional<String> findRow(WebClient admin, String path, String orderId) {
        String next = path;
        for (int page = 0; page < 20 && next != null; page++) {
            HttpResponse<String> response = admin.get(next);
            assertEquals(200, response.statusCode(), next + ": " + response.body());
            Optional<String> row = Arrays.stream(response.body().split("<tr class=\"orderlog-row\""))
                    .skip(1).filter(r -> r.contains("&#034;orderid&#034;:&#034;" + orderId + "&#034;"))
                    .findFirst();
            if (row.isPresent()) {
                return row;
            }
            Matcher older = NEXT.matcher(response.body());
            next = older.find() ? older.group(1).replace("&amp;", "&") : null;
        }
        return Optional.empty();
    }
}
