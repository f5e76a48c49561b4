package io.algogate.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The test profile's control endpoint (D3): the gateway's clock, its caches and its buckets. */
public final class Control {

    private static final WebClient LOOPBACK = new WebClient(null);
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final LocalTime MARKET_MORNING = LocalTime.of(9, 30);
    private static final LocalTime MARKET_AFTERNOON = LocalTime.of(14, 30);

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

    /**
     * Moves the gateway's clock forward, if need be, into the sandbox's trading day (09:30 to 14:30 in
     * India), so MIS orders are accepted whatever the hour the build runs at (the sandbox refuses MIS
     * after its 15:15 square-off). Crossing 03:00 ends the broker session: get the key with
     * {@link Installation#liveApiKey()} afterwards.
     */
    public static void toTradingHours() {
        LocalTime time = now().atZone(INDIA).toLocalTime();
        if (time.isBefore(MARKET_MORNING) || !time.isBefore(MARKET_AFTERNOON)) {
            advance(untilNextInIndia(MARKET_MORNING));
        }
    }

    /** The gateway's clock. */
    public static Instant now() {
        return Instant.parse(Json.parse(post("/__test/clock")).getString("now"));
    }

    /** From the gateway's clock to the next moment it is {@code time} in India (the 03:00 cut-off, say). */
    public static Duration untilNextInIndia(LocalTime time) {
        ZonedDateTime india = now().atZone(INDIA);
        ZonedDateTime next = india.with(time);
        if (!next.isAfter(india)) {
            next = next.plusDays(1);
        }
        return Duration.between(india, next);
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
