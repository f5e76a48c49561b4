package io.algogate.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The test profile's control endpoint (D3) of one server: its clock, its caches and its buckets.
 * {@link Control} is the IT server's; a second test-profile server (see {@link SideServer}) has its own.
 */
public final class ServerControl {

    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final LocalTime MARKET_MORNING = LocalTime.of(9, 30);
    private static final LocalTime MARKET_AFTERNOON = LocalTime.of(14, 30);

    private final URI base;
    private final WebClient loopback;

    /** The control endpoint of the server at {@code base}, e.g. {@code http://localhost:9295}. */
    public ServerControl(URI base) {
        this.base = base;
        this.loopback = new WebClient(base, null);
    }

    /** Moves the gateway's clock forward. */
    public void advance(Duration by) {
        post("/__test/clock/advance?by=" + by);
    }

    public void freeze() {
        post("/__test/clock/freeze");
    }

    public void unfreeze() {
        post("/__test/clock/unfreeze");
    }

    /** Moves the clock forward, if need be, into the sandbox's trading day (09:30 to 14:30 in India). */
    public void toTradingHours() {
        LocalTime time = now().atZone(INDIA).toLocalTime();
        if (time.isBefore(MARKET_MORNING) || !time.isBefore(MARKET_AFTERNOON)) {
            advance(untilNextInIndia(MARKET_MORNING));
        }
    }

    /** The gateway's clock. */
    public Instant now() {
        return Instant.parse(Json.parse(post("/__test/clock")).getString("now"));
    }

    /** From the gateway's clock to the next moment it is {@code time} in India (the 03:00 cut-off, say). */
    public Duration untilNextInIndia(LocalTime time) {
        ZonedDateTime india = now().atZone(INDIA);
        ZonedDateTime next = india.with(time);
        if (!next.isAfter(india)) {
            next = next.plusDays(1);
        }
        return Duration.between(india, next);
    }

    /** Empties rate-limit buckets and caches (not the database). */
    public void reset() {
        post("/__test/reset");
    }

    public String post(String path) {
        HttpResponse<String> response = loopback.sendExactly(HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
