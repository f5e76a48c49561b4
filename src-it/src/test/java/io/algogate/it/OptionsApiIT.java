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
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The options routes against the real server and the default sandbox: optionsorder resolves offsets to
 * the sandbox's NIFTY weekly chain (strikes 50 apart, expiring on the next Tuesday), optionsmultiorder
 * places BUY legs before SELL legs, margin through the sandbox's calculator, pnl/symbols in analyze
 * mode only. The instrument master must be there without any manual step (the start-up download).
 */
class OptionsApiIT {

    private static final BigDecimal STEP = new BigDecimal("50");
    private static String key;
    private static String expiry;
    private final WebClient api = new WebClient();

    @BeforeAll
    static void serverIsUp() throws InterruptedException {
        ItServer.awaitReady();
        Installation.apiKey();
        key = Installation.liveApiKey();
        Admin admin = new Admin();
        // Nobody asked for a download: the start-up smart download filled the master.
        JsonObject status = admin.awaitInstrumentMaster();
        assertTrue(status.getJsonNumber("count").longValue() > 0, status.toString());
        admin.refreshInstrumentMaster();
        Instant now = Instant.parse(Json.parse(Control.post("/__test/clock")).getString("now"));
        LocalDate today = now.atZone(ZoneId.of("Asia/Kolkata")).toLocalDate();
        expiry = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY))
                .format(DateTimeFormatter.ofPattern("ddMMMyy", Locale.ENGLISH)).toUpperCase(Locale.ROOT);
    }

    private HttpResponse<String> post(String route, String fields) {
        return api.postJson("/api/v1/" + route, "{\"apikey\":\"" + key + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
    }

    private static BigDecimal atm(BigDecimal ltp) {
        return ltp.divide(STEP, 0, RoundingMode.HALF_DOWN).multiply(STEP);
    }

    private JsonObject optionsOrder(String offset, String type, String action) {
        HttpResponse<String> placed = post("optionsorder/", "\"strategy\":\"opt-it\",\"underlying\":\"NIFTY\","
                + "\"exchange\":\"NSE_INDEX\",\"expiry_date\":\"" + expiry + "\",\"offset\":\"" + offset + "\","
                + "\"option_type\":\"" + type + "\",\"action\":\"" + action + "\",\"quantity\":\"75\","
                + "\"pricetype\":\"MARKET\",\"product\":\"NRML\"");
        assertEquals(200, placed.statusCode(), placed.body());
        return Json.parse(placed.body());
    }

    private JsonArray orders() {
        HttpResponse<String> book = post("orderbook", "");
        assertEquals(200, book.statusCode(), book.body());
        return Json.parse(book.body()).getJsonObject("data").getJsonArray("orders");
    }

    private void assertInOrderBook(String orderId, String symbol) {
        assertTrue(orders().stream().map(v -> v.asJsonObject()).anyMatch(o -> o.getString("orderid").equals(orderId)
                && o.getString("symbol").equals(symbol) && o.getString("exchange").equals("NFO")),
                orderId + " " + symbol + " not in the order book");
    }

    @Test
    void optionsOrderResolvesAtmAndOtmStrikesFromTheSandboxChain() {
        JsonObject atmCall = optionsOrder("ATM", "CE", "BUY");
        assertEquals(List.of("exchange", "offset", "option_type", "orderid", "status", "symbol", "underlying",
                "underlying_ltp"), atmCall.keySet().stream().sorted().toList(), atmCall.toString());
        assertEquals("success", atmCall.getString("status"));
        assertEquals("NFO", atmCall.getString("exchange"));
        assertEquals("NIFTY", atmCall.getString("underlying"));
        assertEquals("ATM", atmCall.getString("offset"));
        assertEquals("CE", atmCall.getString("option_type"));
        BigDecimal ltp = atmCall.getJsonNumber("underlying_ltp").bigDecimalValue();
        assertEquals("NIFTY" + expiry + atm(ltp).toPlainString() + "CE", atmCall.getString("symbol"), atmCall.toString());
        assertInOrderBook(atmCall.getString("orderid"), atmCall.getString("symbol"));

        // A put is out of the money below the underlying: two strikes under ATM.
        JsonObject otmPut = optionsOrder("OTM2", "PE", "BUY");
        BigDecimal putLtp = otmPut.getJsonNumber("underlying_ltp").bigDecimalValue();
        assertEquals("NIFTY" + expiry + atm(putLtp).subtract(STEP.multiply(BigDecimal.valueOf(2))).toPlainString()
                + "PE", otmPut.getString("symbol"), otmPut.toString());
        assertInOrderBook(otmPut.getString("orderid"), otmPut.getString("symbol"));
    }

    @Test
    void optionsOrderRefusesBadFieldsAndUnlistedStrikes() {
        HttpResponse<String> bad = post("optionsorder", "\"strategy\":\"opt-it\",\"underlying\":\"NIFTY\","
                + "\"exchange\":\"NSE_INDEX\",\"expiry_date\":\"" + expiry + "\",\"offset\":\"ITM51\","
                + "\"option_type\":\"CE\",\"action\":\"BUY\",\"quantity\":75,\"product\":\"CNC\"");
        assertEquals(400, bad.statusCode(), bad.body());
        JsonObject errors = Json.parse(bad.body()).getJsonObject("errors");
        assertEquals(List.of("offset", "product"), errors.keySet().stream().sorted().toList(), bad.body());

        // The sandbox lists forty strikes either side of its reference: OTM50 is never in its chain.
        HttpResponse<String> unlisted = post("optionsorder", "\"strategy\":\"opt-it\",\"underlying\":\"NIFTY\","
                + "\"exchange\":\"NSE_INDEX\",\"expiry_date\":\"" + expiry + "\",\"offset\":\"OTM50\","
                + "\"option_type\":\"CE\",\"action\":\"BUY\",\"quantity\":75");
        assertEquals(400, unlisted.statusCode(), unlisted.body());
        assertTrue(Json.parse(unlisted.body()).getString("message").contains("is not listed on NFO"), unlisted.body());
    }

    @Test
    void optionsMultiOrderPlacesTheBuyLegBeforeTheSellLeg() {
        HttpResponse<String> placed = post("optionsmultiorder", "\"strategy\":\"opt-it\",\"underlying\":\"NIFTY\","
                + "\"exchange\":\"NSE_INDEX\",\"expiry_date\":\"" + expiry + "\",\"legs\":["
                + "{\"offset\":\"ATM\",\"option_type\":\"CE\",\"action\":\"SELL\",\"quantity\":75,\"product\":\"NRML\"},"
                + "{\"offset\":\"OTM2\",\"option_type\":\"CE\",\"action\":\"BUY\",\"quantity\":\"75\",\"product\":\"NRML\"}]");
        assertEquals(200, placed.statusCode(), placed.body());
        JsonObject body = Json.parse(placed.body());
        assertEquals(List.of("results", "status", "underlying", "underlying_ltp"), body.keySet().stream().sorted().toList());
        BigDecimal ltp = body.getJsonNumber("underlying_ltp").bigDecimalValue();
        JsonArray results = body.getJsonArray("results");
        assertEquals(2, results.size(), placed.body());
        JsonObject sell = results.getJsonObject(0);
        JsonObject buy = results.getJsonObject(1);
        assertEquals(List.of("action", "leg", "mode", "offset", "option_type", "orderid", "status", "symbol"),
                sell.keySet().stream().sorted().toList(), sell.toString());
        assertEquals(1, sell.getInt("leg"));
        assertEquals("SELL", sell.getString("action"));
        assertEquals("success", sell.getString("status"), sell.toString());
        assertEquals("live", sell.getString("mode"));
        assertEquals("NIFTY" + expiry + atm(ltp).toPlainString() + "CE", sell.getString("symbol"));
        assertEquals(2, buy.getInt("leg"));
        assertEquals("success", buy.getString("status"), buy.toString());
        assertEquals("NIFTY" + expiry + atm(ltp).add(STEP.multiply(BigDecimal.valueOf(2))).toPlainString() + "CE",
                buy.getString("symbol"));
        assertInOrderBook(sell.getString("orderid"), sell.getString("symbol"));
        assertInOrderBook(buy.getString("orderid"), buy.getString("symbol"));
        // The BUY leg went first although it came second: the sandbox's ids grow with time.
        List<String> ids = orders().stream().map(v -> v.asJsonObject().getString("orderid"))
                .filter(id -> id.equals(sell.getString("orderid")) || id.equals(buy.getString("orderid"))).toList();
        assertEquals(2, ids.size());
        assertTrue(placedBefore(buy.getString("orderid"), sell.getString("orderid")),
                "BUY " + buy.getString("orderid") + " must precede SELL " + sell.getString("orderid"));
    }

    private boolean placedBefore(String first, String second) {
        return first.length() != second.length() ? first.length() < second.length() : first.compareTo(second) < 0;
    }

    @Test
    void marginForTwoPositions() {
        String future = "NIFTY" + expiry + "24000CE";
        HttpResponse<String> margin = post("margin", "\"positions\":["
                + "{\"symbol\":\"" + future + "\",\"exchange\":\"NFO\",\"action\":\"SELL\",\"quantity\":\"75\","
                + "\"product\":\"NRML\",\"pricetype\":\"MARKET\",\"price\":\"0\",\"trigger_price\":\"0\"},"
                + "{\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"action\":\"BUY\",\"quantity\":\"10\","
                + "\"product\":\"MIS\",\"pricetype\":\"LIMIT\",\"price\":\"800\"}]");
        assertEquals(200, margin.statusCode(), margin.body());
        JsonObject body = Json.parse(margin.body());
        assertEquals("success", body.getString("status"));
        JsonObject data = body.getJsonObject("data");
        assertTrue(data.keySet().containsAll(List.of("total_margin_required", "span_margin", "exposure_margin")),
                data.toString());
        assertTrue(data.getJsonNumber("total_margin_required").bigDecimalValue().signum() > 0, data.toString());

        HttpResponse<String> bad = post("margin", "\"positions\":[]");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(Json.parse(bad.body()).getJsonObject("errors").containsKey("positions"), bad.body());
    }

    @Test
    void pnlSymbolsIsRefusedLiveAndServedInAnalyzeMode() {
        HttpResponse<String> live = post("pnl/symbols", "");
        assertEquals(400, live.statusCode(), live.body());
        assertEquals("error", Json.parse(live.body()).getString("status"));
        try {
            assertEquals(200, post("analyzer/toggle", "\"mode\":true").statusCode());
            HttpResponse<String> placed = post("placeorder", "\"strategy\":\"opt-it\",\"exchange\":\"NSE\","
                    + "\"symbol\":\"SBIN\",\"action\":\"BUY\",\"quantity\":1,\"product\":\"MIS\"");
            assertEquals(200, placed.statusCode(), placed.body());
            HttpResponse<String> served = post("pnl/symbols/", "");
            assertEquals(200, served.statusCode(), served.body());
            JsonObject body = Json.parse(served.body());
            assertEquals(List.of("data", "mode", "status", "total_pnl", "total_pnl_today", "total_today_realized_pnl",
                    "total_unrealized_pnl"), body.keySet().stream().sorted().toList(), served.body());
            assertEquals("analyze", body.getString("mode"));
            JsonArray data = body.getJsonArray("data");
            assertFalse(data.isEmpty(), served.body());
            assertEquals(List.of("exchange", "pnl", "product", "quantity", "symbol", "today_realized_pnl",
                    "total_pnl_today", "unrealized_pnl"), data.getJsonObject(0).keySet().stream().sorted().toList());
        } finally {
            // The analyze-mode book is the live sandbox's here: leave no position for other tests.
            post("closeposition", "\"strategy\":\"opt-it\"");
            assertEquals(200, post("analyzer/toggle", "\"mode\":false").statusCode());
        }
    }
}
