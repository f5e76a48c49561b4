package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code cancelorder} in OpenAlgo's shapes, through the active broker (the sandbox here). */
class CancelOrderIT {

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void aWaitingOrderIsCancelledOnceAndBadRequestsAreRefusedInTheErrorShape() {
        String key = Installation.liveApiKey();
        WebClient api = new WebClient();
        HttpResponse<String> placed = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + key + "\",\"strategy\":\"c\","
                + "\"exchange\":\"NSE\",\"symbol\":\"ITC\",\"action\":\"BUY\",\"quantity\":\"5\",\"pricetype\":\"LIMIT\","
                + "\"price\":\"210.5\"}");
        String orderId = Json.parse(placed.body()).getString("orderid");

        HttpResponse<String> cancelled = api.postJson("/api/v1/cancelorder/",
                "{\"apikey\":\"" + key + "\",\"strategy\":\"c\",\"orderid\":\"" + orderId + "\"}");
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("{\"status\":\"success\",\"orderid\":\"" + orderId + "\"}", cancelled.body());
        String book = api.postJson("/api/v1/orderbook", "{\"apikey\":\"" + key + "\"}").body();
        assertTrue(Json.parse(book).getJsonObject("data").getJsonArray("orders").stream().map(v -> v.asJsonObject())
                .anyMatch(o -> o.getString("orderid").equals(orderId) && o.getString("order_status").equals("cancelled")), book);

        HttpResponse<String> again = api.postJson("/api/v1/cancelorder",
                "{\"apikey\":\"" + key + "\",\"strategy\":\"c\",\"orderid\":\"" + orderId + "\"}");
        assertEquals(400, again.statusCode());
        assertEquals("error", Json.parse(again.body()).getString("status"));
        assertTrue(Json.parse(again.body()).getString("message").contains("cancelled"), again.body());

        HttpResponse<String> missing = api.postJson("/api/v1/cancelorder", "{\"apikey\":\"" + key + "\",\"strategy\":\"c\"}");
        assertEquals(400, missing.statusCode());
        assertTrue(Json.parse(missing.body()).getJsonObject("errors").containsKey("orderid"));
    }
}
