package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The test profile's controls (D3) really move the gateway's clock and reset its caches. */
class ClockAndCacheControlIT {

    private final WebClient client = new WebClient();

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
    }

    @Test
    void advancingTheClockMovesTheDateTheSandboxStampsOnOrders() {
        String key = Installation.liveApiKey();
        String before = placeOrder(key);
        control("/__test/clock/advance?by=P1D");
        // A day later the daily cut-off has ended the broker session; the trader logs in again.
        String after = placeOrder(Installation.liveApiKey());

        LocalDate dayBefore = LocalDate.parse(before.substring(0, 6), DateTimeFormatter.ofPattern("yyMMdd"));
        LocalDate dayAfter = LocalDate.parse(after.substring(0, 6), DateTimeFormatter.ofPattern("yyMMdd"));
        assertEquals(dayBefore.plusDays(1), dayAfter, before + " then " + after);
    }

    @Test
    void resetEmptiesTheKeyCache() {
        String key = Installation.liveApiKey();
        client.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}");
        client.postJson("/api/v1/ping", "{\"apikey\":\"" + "e".repeat(64) + "\"}");
        assertTrue(Json.parse(control("/__test/counters")).getInt("validKeys") >= 1);
        assertTrue(Json.parse(control("/__test/counters")).getInt("invalidKeys") >= 1);
        control("/__test/reset");
        assertEquals(0, Json.parse(control("/__test/counters")).getInt("validKeys"));
        assertEquals(0, Json.parse(control("/__test/counters")).getInt("invalidKeys"));
        assertEquals(200, client.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}").statusCode());
    }

    private String placeOrder(String key) {
        HttpResponse<String> placed = client.postJson("/api/v1/placeorder", "{\"apikey\":\"" + key + "\","
                + "\"strategy\":\"Clock\",\"exchange\":\"NSE\",\"symbol\":\"INFY\",\"action\":\"sell\",\"quantity\":2,"
                + "\"pricetype\":\"LIMIT\",\"price\":\"1500.5\"}");
        assertEquals(200, placed.statusCode(), placed.body());
        return Json.parse(placed.body()).getString("orderid");
    }

    private String control(String path) {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(ItServer.http(path))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
