package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * The sandbox's order book lives in the database through its durable store (D9): an order placed
 * before a restart is in the book after it, under the same id, and the next order gets a new id; one
 * answered a moment before the server is killed is there too.
 */
class SandboxPersistenceIT {

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void anOrderPlacedBeforeARestartIsInTheBookAfterItAndIdsDoNotRepeat() {
        String orderId = placeLimitOrder(Installation.liveApiKey(), "INFY", "810.25");

        ItServer.stop();
        ItServer.start();

        // The restart resets the clock other tests moved, which may end the broker session.
        String key = Installation.liveApiKey();
        JsonObject kept = bookedOrder(key, orderId);
        assertEquals("INFY", kept.getString("symbol"));
        assertEquals("LIMIT", kept.getString("pricetype"));
        assertEquals("open", kept.getString("order_status"));
        assertEquals("810.25", kept.get("price").toString(), kept.toString());

        String next = placeLimitOrder(key, "TCS", "1700");
        assertNotEquals(orderId, next);
        assertEquals("TCS", bookedOrder(key, next).getString("symbol"));
        assertEquals("INFY", bookedOrder(key, orderId).getString("symbol"), "the new order replaced nothing");
    }

    /** An order id is a promise: the order is on disk before the answer leaves, so SIGKILL cannot lose it. */
    @Test
    void anAnsweredOrderSurvivesAKill9AMomentLater() {
        String orderId = placeLimitOrder(Installation.liveApiKey(), "SBIN", "401.5");

        ItServer.kill9();
        ItServer.start();

        JsonObject kept = bookedOrder(Installation.liveApiKey(), orderId);
        assertEquals("SBIN", kept.getString("symbol"));
        assertEquals("open", kept.getString("order_status"));
    }

    private static String placeLimitOrder(String key, String symbol, String price) {
        HttpResponse<String> placed = new WebClient().postJson("/api/v1/placeorder", "{\"apikey\":\"" + key + "\","
                + "\"strategy\":\"persist\",\"exchange\":\"NSE\",\"symbol\":\"" + symbol + "\",\"action\":\"BUY\","
                + "\"quantity\":\"2\",\"pricetype\":\"LIMIT\",\"product\":\"MIS\",\"price\":\"" + price + "\"}");
        assertEquals(200, placed.statusCode(), placed.body());
        return Json.parse(placed.body()).getString("orderid");
    }

    /** The one order with this id in the book. */
    private static JsonObject bookedOrder(String key, String orderId) {
        HttpResponse<String> book = new WebClient().postJson("/api/v1/orderbook", "{\"apikey\":\"" + key + "\"}");
        assertEquals(200, book.statusCode(), book.body());
        List<JsonObject> matching = Json.parse(book.body()).getJsonObject("data").getJsonArray("orders").stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("orderid").equals(orderId)).toList();
        assertEquals(1, matching.size(), () -> "orders with id " + orderId + " in " + book.body());
        return matching.get(0);
    }
}
