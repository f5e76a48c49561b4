package io.algogate.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The test profile's control endpoint (D3): the gateway's clock, its caches and its buckets. */
public final class Control {

    private static final WebClient LOOPBACK = new WebClient(null);

    private Control() {
    }

    /** Moves the gateway's clock forward. */
    public static void advance(Duration by) {
        post("/__test/clock/advance?by=" + by);
    }

    /** Stops the gateway's clock, so rate limits do not refill while a test counts requests. */
    public static void freeze() {
        post("/__test/clock/freeze");
    }

    /** Lets the gateway's clock run again (from where it stood, plus any advance). */
    public static void unfreeze() {
        post("/__test/clock/unfreeze");
    }

    /** Empties rate-limit buckets and caches (not the database). */
    public static void reset() {
        post("/__test/reset");
    }

    public static JsonObject counters() {
        return Json.parse(post("/__test/counters"));
    }

    public static String post(String path) {
        HttpResponse<String> response = LOOPBACK.sendExactly(HttpRequest.newBuilder(ItServer.http(path))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
