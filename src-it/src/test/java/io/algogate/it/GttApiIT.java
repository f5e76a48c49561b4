package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The four GTT routes against the sandbox (the default broker), each success in OpenAlgo's shape field
 * by field ({@code openalgo-behaviour.md}, GTT), and a GTT firing: its trigger set one tick either side
 * of the last price, the gateway's clock moved on until the feed reaches one, and the order it placed
 * is in the order book. ICICIBANK's reference price is 1300; the fixed prices here are half or double
 * that, so no walk of the feed reaches them while the tests run.
 */
class GttApiIT {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final List<String> BOOK_FIELDS = List.of("created_at", "exchange", "expires_at", "last_price", "legs",
            "status", "symbol", "trigger_id", "trigger_prices", "trigger_type", "updated_at");
    private static final List<String> LEG_FIELDS = List.of("action", "price", "pricetype", "product", "quantity");
    private static final BigDecimal TICK = new BigDecimal("0.05");

    private String key;
    private final WebClient api = new WebClient();

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    /**
     * Away from the 03:00 (India) cut-off, which ends the broker session: the firing test moves the
     * clock by up to an hour.
     */
    @BeforeEach
    void liveKeyFarFromTheCutOff() {
        Duration untilCutOff = Control.untilNextInIndia(LocalTime.of(3, 0));
        if (untilCutOff.compareTo(Duration.ofHours(2)) < 0) {
            Control.advance(untilCutOff.plusMinutes(1));
        }
        key = Installation.liveApiKey();
    }

    private HttpResponse<String> post(String route, String fields) {
        return api.postJson("/api/v1/" + route, "{\"apikey\":\"" + key + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
    }

    /** OpenAlgo's answer to place, modify and cancel: exactly status and trigger_id. */
    private static String triggerIdOf(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        String triggerId = Json.parse(response.body()).getString("trigger_id");
        assertEquals("{\"status\":\"success\",\"trigger_id\":\"" + triggerId + "\"}", response.body());
        assertTrue(triggerId.matches("\\d{14}"), "the sandbox's id scheme: " + triggerId);
        return triggerId;
    }

    private static String single(String price, String triggerTg, String quantity, String expiresAt) {
        return "\"strategy\":\"gtt-it\",\"trigger_type\":\"single\",\"exchange\":\"NSE\",\"symbol\":\"ICICIBANK\","
                + "\"action\":\"BUY\",\"product\":\"CNC\",\"quantity\":\"" + quantity + "\",\"pricetype\":\"LIMIT\","
                + "\"price\":\"" + price + "\",\"triggerprice_sl\":\"\",\"triggerprice_tg\":\"" + triggerTg + "\","
                + "\"stoploss\":\"\",\"target\":\"\",\"expires_at\":\"" + expiresAt + "\"";
    }

    private static String oco(String action, String product, String triggerSl, String stopLoss, String triggerTg,
            String target) {
        return "\"strategy\":\"gtt-it\",\"trigger_type\":\"OCO\",\"exchange\":\"NSE\",\"symbol\":\"ICICIBANK\","
                + "\"action\":\"" + action + "\",\"product\":\"" + product + "\",\"quantity\":1,\"pricetype\":\"LIMIT\","
                + "\"price\":0,\"triggerprice_sl\":" + triggerSl + ",\"stoploss\":" + stopLoss + ",\"triggerprice_tg\":"
                + triggerTg + ",\"target\":" + target;
    }

    private JsonArray gttBook() {
        HttpResponse<String> book = post("gttorderbook", "");
        assertEquals(200, book.statusCode(), book.body());
        JsonObject body = Json.parse(book.body());
        assertEquals(List.of("data", "status"), body.keySet().stream().sorted().toList(), book.body());
        assertEquals("success", body.getString("status"));
        return body.getJsonArray("data");
    }

    private Optional<JsonObject> inGttBook(String triggerId) {
        return gttBook().getValuesAs(JsonObject.class).stream()
                .filter(gtt -> gtt.getString("trigger_id").equals(triggerId)).findFirst();
    }

    private static List<String> numbers(JsonArray array) {
        return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::toString).toList();
    }

    private static void assertLeg(JsonObject leg, String action, String quantity, String price, String product) {
        assertEquals(LEG_FIELDS, leg.keySet().stream().sorted().toList(), leg.toString());
        assertEquals(action, leg.getString("action"));
        assertEquals(quantity, leg.get("quantity").toString());
        assertEquals(price, leg.get("price").toString());
        assertEquals("LIMIT", leg.getString("pricetype"));
        assertEquals(product, leg.getString("product"));
    }

    @Test
    void placeBookModifyAndCancelInOpenAlgosShapes() {
        // A date alone expires at the end of that day in India.
        LocalDate expiryDay = Control.now().atZone(INDIA).toLocalDate().plusDays(30);
        String single = triggerIdOf(post("placegttorder", single("640", "650", "2", expiryDay.toString())));
        String oco = triggerIdOf(post("placegttorder", oco("SELL", "NRML", "650", "649.5", "2600", "2601")));

        JsonObject placed = inGttBook(single).orElseThrow(() -> new AssertionError("SINGLE not in the book"));
        assertEquals(BOOK_FIELDS, placed.keySet().stream().sorted().toList(), placed.toString());
        assertEquals("single", placed.getString("trigger_type"));
        assertEquals("active", placed.getString("status"));
        assertEquals("ICICIBANK", placed.getString("symbol"));
        assertEquals("NSE", placed.getString("exchange"));
        assertEquals(List.of("650.00"), numbers(placed.getJsonArray("trigger_prices")));
        assertTrue(placed.get("last_price").toString().matches("\\d+\\.\\d{2}"), placed.toString());
        assertEquals(1, placed.getJsonArray("legs").size());
        assertLeg(placed.getJsonArray("legs").getJsonObject(0), "BUY", "2", "640.00", "CNC");
        Instant created = Instant.parse(placed.getString("created_at"));
        assertEquals(created, Instant.parse(placed.getString("updated_at")));
        assertEquals(expiryDay.plusDays(1).atStartOfDay(INDIA).toInstant(), Instant.parse(placed.getString("expires_at")));

        JsonObject twoLeg = inGttBook(oco).orElseThrow(() -> new AssertionError("OCO not in the book"));
        assertEquals(BOOK_FIELDS, twoLeg.keySet().stream().sorted().toList(), twoLeg.toString());
        assertEquals("two-leg", twoLeg.getString("trigger_type"));
        assertEquals("active", twoLeg.getString("status"));
        assertEquals(List.of("650.00", "2600.00"), numbers(twoLeg.getJsonArray("trigger_prices")), "ascending");
        assertLeg(twoLeg.getJsonArray("legs").getJsonObject(0), "SELL", "1", "649.50", "NRML");
        assertLeg(twoLeg.getJsonArray("legs").getJsonObject(1), "SELL", "1", "2601.00", "NRML");
        Instant ocoCreated = Instant.parse(twoLeg.getString("created_at"));
        assertEquals(ocoCreated.plus(Duration.ofDays(365)), Instant.parse(twoLeg.getString("expires_at")),
                "no expires_at: a year, as at Kite");

        Control.advance(Duration.ofSeconds(5));
        assertEquals(single, triggerIdOf(post("modifygttorder", "\"trigger_id\":\"" + single + "\","
                + single("630", "655.5", "3", ""))));
        JsonObject modified = inGttBook(single).orElseThrow(() -> new AssertionError("modified SINGLE not in the book"));
        assertEquals(List.of("655.50"), numbers(modified.getJsonArray("trigger_prices")));
        assertLeg(modified.getJsonArray("legs").getJsonObject(0), "BUY", "3", "630.00", "CNC");
        assertEquals(created, Instant.parse(modified.getString("created_at")), "a replacement keeps its creation time");
        assertTrue(Instant.parse(modified.getString("updated_at")).isAfter(created), modified.toString());

        for (String triggerId : List.of(single, oco)) {
            assertEquals(triggerId, triggerIdOf(post("cancelgttorder",
                    "\"strategy\":\"gtt-it\",\"trigger_id\":\"" + triggerId + "\"")));
            assertTrue(inGttBook(triggerId).isEmpty(), triggerId + " left the book");
        }
        HttpResponse<String> again = post("cancelgttorder", "\"strategy\":\"gtt-it\",\"trigger_id\":\"" + single + "\"");
        assertEquals(400, again.statusCode(), again.body());
        assertEquals("error", Json.parse(again.body()).getString("status"));
        assertTrue(Json.parse(again.body()).getString("message").contains("was not found"), again.body());
    }

    /**
     * With the clock frozen the last price holds, so an OCO set one tick either side of it is accepted;
     * each minute the clock is then moved is 60 ticks of the feed, and the first tick that moves the
     * price fires one leg. Its BUY LIMIT at half the price stays open, and is cancelled at the end.
     */
    @Test
    void aGttWhoseTriggerTheFeedReachesPlacesItsOrder() {
        Control.freeze();
        try {
            String triggerId = triggerIdOf(post("placegttorder", oco("BUY", "CNC", "1", "1", "100000", "100001")));
            BigDecimal last = new BigDecimal(inGttBook(triggerId).orElseThrow().get("last_price").toString());
            BigDecimal stopLoss = last.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN);
            BigDecimal target = stopLoss.add(BigDecimal.ONE);
            assertEquals(triggerId, triggerIdOf(post("modifygttorder", "\"trigger_id\":\"" + triggerId + "\","
                    + oco("BUY", "CNC", last.subtract(TICK).toPlainString(), stopLoss.toPlainString(),
                            last.add(TICK).toPlainString(), target.toPlainString()))));
            List<String> ordersBefore = orderIds();

            for (int minute = 0; minute < 60 && inGttBook(triggerId).isPresent(); minute++) {
                Control.advance(Duration.ofMinutes(1));
            }

            assertTrue(inGttBook(triggerId).isEmpty(), "the feed moved off " + last + " within an hour: the GTT fired");
            List<JsonObject> placed = orders().stream()
                    .filter(order -> !ordersBefore.contains(order.getString("orderid"))).toList();
            assertEquals(1, placed.size(), placed::toString);
            JsonObject order = placed.get(0);
            assertEquals("ICICIBANK", order.getString("symbol"));
            assertEquals("NSE", order.getString("exchange"));
            assertEquals("BUY", order.getString("action"));
            assertEquals("LIMIT", order.getString("pricetype"));
            assertEquals("CNC", order.getString("product"));
            assertEquals("open", order.getString("order_status"));
            BigDecimal price = new BigDecimal(order.get("price").toString());
            assertTrue(price.compareTo(stopLoss) == 0 || price.compareTo(target) == 0,
                    "placed at the stop-loss leg's " + stopLoss + " or the target leg's " + target + ": " + order);
            HttpResponse<String> cancelled = post("cancelorder",
                    "\"strategy\":\"gtt-it\",\"orderid\":\"" + order.getString("orderid") + "\"");
            assertEquals(200, cancelled.statusCode(), cancelled.body());
        } finally {
            Control.unfreeze();
        }
    }

    private List<JsonObject> orders() {
        HttpResponse<String> book = post("orderbook", "");
        assertEquals(200, book.statusCode(), book.body());
        return Json.parse(book.body()).getJsonObject("data").getJsonArray("orders").getValuesAs(JsonObject.class);
    }

    private List<String> orderIds() {
        return orders().stream().map(order -> order.getString("orderid")).toList();
    }
}
