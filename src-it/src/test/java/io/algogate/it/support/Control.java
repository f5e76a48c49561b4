package io.algogate.it.support;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

/** The IT server's test-profile control endpoint (D3): the gateway's clock, its caches and its buckets. */
public final class Control {

    private static final ServerControl IT_SERVER = new ServerControl(ItServer.http(""));

    private Control() {
    }

    /** Moves the gateway's clock forward. */
    public static void advance(Duration by) {
        IT_SERVER.advance(by);
    }

    /** Stops the gateway's clock, so rate limits do not refill while a test counts requests. */
    public static void freeze() {
        IT_SERVER.freeze();
    }

    /** Lets the gateway's clock run again (from where it stood, plus any advance). */
    public static void unfreeze() {
        IT_SERVER.unfreeze();
    }

    /**
     * Moves the gateway's clock forward, if need be, into the sandbox's trading day (09:30 to 14:30 in
     * India), so MIS orders are accepted whatever the hour the build runs at (the sandbox refuses MIS
     * after its 15:15 square-off). Crossing 03:00 ends the broker session: get the key with
     * {@link Installation#liveApiKey()} afterwards.
     */
    public static void toTradingHours() {
        IT_SERVER.toTradingHours();
    }

    /** The gateway's clock. */
    public static Instant now() {
        return IT_SERVER.now();
    }

    /** From the gateway's clock to the next moment it is {@code time} in India (the 03:00 cut-off, say). */
    public static Duration untilNextInIndia(LocalTime time) {
        return IT_SERVER.untilNextInIndia(time);
    }

    /** Empties rate-limit buckets and caches (not the database). */
    public static void reset() {
        IT_SERVER.reset();
    }

    public static JsonObject counters() {
        return Json.parse(post("/__test/counters"));
    }

    public static String post(String path) {
        return IT_SERVER.post(path);
    }
}
