package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The order and account routes against the real server, in OpenAlgo's shapes field by field. */
class OrderApiIT {

    private static String key;
    private final WebClient api = new WebClient();

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
        key = Installation.liveApiKey();
    }

    private HttpResponse<String> post(String route, String fields) {
        return api.postJson("/api/v1/" + route, "{\"apikey\":\"" + key + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}");
    }

    private String placeLimit(String symbol, String price) {
        HttpResponse<String> placed = post("placeorder", "\"strategy\":\"it\",\"exchange\":\"NSE\",\"symbol\":\"" + symbol
                + "\",\"action\":\"buy\",\"quantity\":\"2\",\"pricetype\":\"LIMIT\",\"price\":\"" + price + "\"");
        assertEquals(200, placed.statusCode(), placed.body());
        JsonObject body = Json.parse(placed.body());
        assertEquals(List.of("orderid", "status"), body.keySet().stream().sorted().toList(), placed.body());
        assertEquals("success", body.getString("status"));
        return body.getString("orderid");
    }

    @Test
    void placeModifyStatusAndCancelAllInOpenAlgosShapes() {
        String orderId = placeLimit("ITC", "201.5");

        HttpResponse<String> modified = post("modifyorder/", "\"strategy\":\"it\",\"orderid\":\"" + orderId + "\","
                + "\"exchange\":\"NSE\",\"symbol\":\"ITC\",\"action\":\"BUY\",\"product\":\"MIS\",\"pricetype\":\"LIMIT\","
                + "\"price\":\"202\",\"quantity\":\"3\",\"disclosed_quantity\":\"0\",\"trigger_price\":\"0\"");
        assertEquals(200, modified.statusCode(), modified.body());
        String modifiedId = Json.parse(modified.body()).getString("orderid");
        assertEquals("{\"status\":\"success\",\"orderid\":\"" + modifiedId + "\"}", modified.body());

        HttpResponse<String> status = post("orderstatus", "\"strategy\":\"it\",\"orderid\":\"" + modifiedId + "\"");
        assertEquals(200, status.statusCode(), status.body());
        JsonObject data = Json.parse(status.body()).getJsonObject("data");
        assertEquals(List.of("action", "average_price", "exchange", "order_status", "orderid", "price", "pricetype",
                "product", "quantity", "symbol", "timestamp", "trigger_price"), data.keySet().stream().sorted().toList());
        assertEquals("BUY", data.getString("action"));
        assertEquals("3", data.getString("quantity"));
        assertEquals("202.00", data.getJsonNumber("price").toString());
        assertEquals("LIMIT", data.getString("pricetype"));
        assertTrue(data.getString("timestamp").matches("\\d{2}-[A-Z][a-z]{2}-\\d{4} \\d{2}:\\d{2}:\\d{2}"), data.toString());

        HttpResponse<String> book = post("orderbook/", "");
        JsonObject bookData = Json.parse(book.body()).getJsonObject("data");
        assertEquals(List.of("total_buy_orders", "total_completed_orders", "total_open_orders", "total_rejected_orders",
                "total_sell_orders"), bookData.getJsonObject("statistics").keySet().stream().sorted().toList());
        assertEquals(List.of("action", "exchange", "order_status", "orderid", "price", "pricetype", "product",
                "quantity", "symbol", "timestamp", "trigger_price"),
                bookData.getJsonArray("orders").getJsonObject(0).keySet().stream().sorted().toList());

        HttpResponse<String> cancelAll = post("cancelallorder", "\"strategy\":\"it\"");
        assertEquals(200, cancelAll.statusCode(), cancelAll.body());
        JsonObject cancelled = Json.parse(cancelAll.body());
        assertEquals(List.of("canceled_orders", "failed_cancellations", "message", "status"),
                cancelled.keySet().stream().sorted().toList());
        assertTrue(cancelled.getJsonArray("canceled_orders").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(id -> id.getString().equals(modifiedId)), cancelAll.body());
        assertTrue(cancelled.getString("message").matches("Canceled \\d+ orders\\. Failed to cancel \\d+ orders\\."));
    }

    @Test
    void validationNamesEveryBadFieldAndTakesNumbersAsStrings() {
        HttpResponse<String> refused = post("placeorder", "\"strategy\":\"it\",\"exchange\":\"NYSE\",\"symbol\":\"ITC\","
                + "\"action\":\"Buy\",\"quantity\":\"1.5\",\"pricetype\":\"SL\",\"price\":\"10\",\"colour\":\"red\"");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonObject error = Json.parse(refused.body());
        assertEquals("error", error.getString("status"));
        assertEquals(List.of("action", "colour", "exchange", "quantity", "trigger_price"),
                error.getJsonObject("errors").keySet().stream().sorted().toList(), refused.body());
        for (String field : List.of("action", "colour", "exchange", "quantity", "trigger_price")) {
            assertTrue(error.getString("message").contains(field + ": "), error.getString("message"));
        }
        HttpResponse<String> limitWithoutPrice = post("placeorder", "\"strategy\":\"it\",\"exchange\":\"NSE\","
                + "\"symbol\":\"ITC\",\"action\":\"BUY\",\"quantity\":1,\"pricetype\":\"LIMIT\"");
        assertEquals(400, limitWithoutPrice.statusCode());
        assertEquals("[\"A price greater than 0 is required for LIMIT orders.\"]",
                Json.parse(limitWithoutPrice.body()).getJsonObject("errors").getJsonArray("price").toString());
        HttpResponse<String> split = post("splitorder", "\"strategy\":\"it\",\"exchange\":\"NSE\",\"symbol\":\"ITC\","
                + "\"action\":\"BUY\",\"quantity\":5,\"splitsize\":0");
        assertEquals(400, split.statusCode());
        assertTrue(Json.parse(split.body()).getJsonObject("errors").containsKey("splitsize"));
    }

    @Test
    void basketAndSplitReportEachOrder() {
        HttpResponse<String> basket = post("basketorder", "\"strategy\":\"it\",\"orders\":["
                + "{\"exchange\":\"NSE\",\"symbol\":\"SBIN\",\"action\":\"SELL\",\"quantity\":\"1\",\"pricetype\":\"LIMIT\",\"price\":\"900\"},"
                + "{\"exchange\":\"NSE\",\"symbol\":\"INFY\",\"action\":\"BUY\",\"quantity\":\"1\",\"pricetype\":\"LIMIT\",\"price\":\"1500\"}]");
        assertEquals(200, basket.statusCode(), basket.body());
        JsonArray results = Json.parse(basket.body()).getJsonArray("results");
        assertEquals("INFY", results.getJsonObject(0).getString("symbol"), "BUY items run first: " + basket.body());
        assertEquals("SBIN", results.getJsonObject(1).getString("symbol"));
        for (JsonObject result : results.getValuesAs(JsonObject.class)) {
            assertEquals(List.of("orderid", "status", "symbol"), result.keySet().stream().sorted().toList());
            assertEquals("success", result.getString("status"));
        }

        HttpResponse<String> split = post("splitorder/", "\"strategy\":\"it\",\"exchange\":\"NSE\",\"symbol\":\"ITC\","
                + "\"action\":\"BUY\",\"quantity\":\"5\",\"splitsize\":\"2\",\"pricetype\":\"LIMIT\",\"price\":\"400\"");
        assertEquals(200, split.statusCode(), split.body());
        JsonObject splitBody = Json.parse(split.body());
        assertEquals(2, splitBody.getInt("split_size"));
        assertEquals(5, splitBody.getInt("total_quantity"));
        JsonArray children = splitBody.getJsonArray("results");
        assertEquals(3, children.size());
        assertEquals(List.of(2, 2, 1), children.getValuesAs(JsonObject.class).stream().map(c -> c.getInt("quantity")).toList());
        assertEquals(List.of("order_num", "orderid", "quantity", "status"),
                children.getJsonObject(2).keySet().stream().sorted().toList());
        assertEquals(3, children.getJsonObject(2).getInt("order_num"));
        post("cancelallorder", "\"strategy\":\"it\"");
    }

    @Test
    void everyOrderRequestIsInTheOrderLogWithoutItsKey() {
        String orderId = placeLimit("TATASTEEL", "75");
        // Other ITs move the gateway clock, so the newest line by time need not be this one: find it.
        JsonObject page = Json.parse(new Admin().browser().get("/admin/api/orderlog?size=200").body());
        JsonObject newest = page.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getString("response").contains(orderId)).findFirst().orElseThrow();
        assertTrue(page.getInt("total") >= 1);
        assertEquals("placeorder", newest.getString("endpoint"));
        assertEquals("it", newest.getString("strategy"));
        assertEquals(200, newest.getInt("response_status"));
        assertEquals("live", newest.getString("mode"));
        assertTrue(newest.getString("response").contains(orderId), newest.toString());
        assertFalse(newest.getString("request").contains(key), "the key is stripped");
        assertFalse(newest.getString("request").contains("apikey"), "the key is stripped");
        HttpResponse<String> csv = new Admin().browser().get("/admin/api/orderlog.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("time,endpoint,strategy,user_id,mode,request,response_status,response\r\n"));
        assertTrue(csv.body().contains(orderId));
        assertFalse(csv.body().contains(key));
        post("cancelorder", "\"strategy\":\"it\",\"orderid\":\"" + orderId + "\"");
    }

    @Test
    void analyzeModeIsSwitchedAndMarkedOnOrders() {
        HttpResponse<String> state = post("analyzer", "");
        assertEquals(200, state.statusCode(), state.body());
        JsonObject data = Json.parse(state.body()).getJsonObject("data");
        assertEquals(List.of("analyze_mode", "mode", "total_logs"), data.keySet().stream().sorted().toList());
        assertFalse(data.getBoolean("analyze_mode"));
        assertEquals("live", data.getString("mode"));
        try {
            HttpResponse<String> on = post("analyzer/toggle", "\"mode\":true");
            assertEquals(200, on.statusCode(), on.body());
            JsonObject onData = Json.parse(on.body()).getJsonObject("data");
            assertTrue(onData.getBoolean("analyze_mode"));
            assertEquals("analyze", onData.getString("mode"));
            assertEquals("Analyzer mode switched to analyze", onData.getString("message"));
            HttpResponse<String> placed = post("placeorder", "\"strategy\":\"it\",\"exchange\":\"NSE\",\"symbol\":\"ITC\","
                    + "\"action\":\"BUY\",\"quantity\":1,\"pricetype\":\"LIMIT\",\"price\":\"300\"");
            assertEquals(200, placed.statusCode(), placed.body());
            assertEquals("analyze", Json.parse(placed.body()).getString("mode"));
            assertEquals(501, post("placegttorder", "\"strategy\":\"it\"").statusCode(), "GTT is 501 in analyze mode");
        } finally {
            HttpResponse<String> off = post("analyzer/toggle", "\"mode\":\"false\"");
            assertEquals(200, off.statusCode(), off.body());
            assertEquals("Analyzer mode switched to live", Json.parse(off.body()).getJsonObject("data").getString("message"));
            post("cancelallorder", "\"strategy\":\"it\"");
        }
    }

    @Test
    void outOfScopeRoutesAnswerAClear404() {
        for (String route : List.of("telegram/notify", "whatsapp/notify", "portfolio/backtest", "sip/backtest", "chart")) {
            HttpResponse<String> response = post(route, "");
            assertEquals(404, response.statusCode(), route);
            JsonObject error = Json.parse(response.body());
            assertEquals("error", error.getString("status"));
            assertTrue(error.getString("message").contains("not supported by this gateway"), response.body());
        }
    }

    @Test
    void positionsFundsTradesAndHoldingsInOpenAlgosShapes() {
        JsonObject funds = Json.parse(post("funds", "").body()).getJsonObject("data");
        assertEquals(List.of("availablecash", "collateral", "m2mrealized", "m2munrealized", "utiliseddebits"),
                funds.keySet().stream().sorted().toList());
        assertTrue(funds.getString("availablecash").matches("-?\\d+\\.\\d{2}"), funds.toString());

        post("closeposition", "\"strategy\":\"it\""); // whatever other tests left: the quantities below are absolute
        post("placeorder", "\"strategy\":\"it\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\",\"action\":\"BUY\",\"quantity\":\"3\"");
        JsonObject position = Json.parse(post("positionbook", "").body()).getJsonArray("data").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("symbol").equals("SBIN") && p.getString("product").equals("MIS"))
                .findFirst().orElseThrow(); // other ITs leave closed SBIN rows of other products (quantity 0)
        assertEquals(List.of("average_price", "exchange", "ltp", "pnl", "product", "quantity", "symbol"),
                position.keySet().stream().sorted().toList());
        assertEquals("3", position.getString("quantity"));
        assertEquals("{\"status\":\"success\",\"quantity\":3}", post("openposition",
                "\"strategy\":\"it\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\",\"product\":\"MIS\"").body());

        JsonObject trade = Json.parse(post("tradebook", "").body()).getJsonArray("data").getJsonObject(0);
        assertEquals(List.of("action", "average_price", "exchange", "orderid", "product", "quantity", "symbol",
                "timestamp", "trade_value"), trade.keySet().stream().sorted().toList());

        assertEquals("{\"status\":\"success\",\"message\":\"Positions Already Matched. No Action needed.\"}",
                post("placesmartorder", "\"strategy\":\"it\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\",\"action\":\"BUY\","
                        + "\"quantity\":\"1\",\"position_size\":\"3\"").body());
        HttpResponse<String> smart = post("placesmartorder", "\"strategy\":\"it\",\"exchange\":\"NSE\",\"symbol\":\"SBIN\","
                + "\"action\":\"BUY\",\"quantity\":\"1\",\"position_size\":\"5\"");
        assertEquals(List.of("orderid", "status"), Json.parse(smart.body()).keySet().stream().sorted().toList());

        assertEquals("{\"status\":\"success\",\"message\":\"All Open Positions Squared Off\"}",
                post("closeposition", "\"strategy\":\"it\"").body());

        JsonObject holdings = Json.parse(post("holdings", "").body()).getJsonObject("data");
        assertEquals(List.of("totalholdingvalue", "totalinvvalue", "totalpnlpercentage", "totalprofitandloss"),
                holdings.getJsonObject("statistics").keySet().stream().sorted().toList());
    }
}
