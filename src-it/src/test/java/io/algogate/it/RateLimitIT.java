package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Control;
import io.algogate.it.support.Identities;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.RawHttp;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each route class at its default limit (D11): inside the window the (N+1)th request is a 429 with
 * Retry-After and the RateLimit headers; once the gateway's clock has passed the window it admits
 * again. The clock is frozen while a test counts, so nothing refills behind its back.
 */
class RateLimitIT {

    private static final String API_429 =
            "{\"status\":\"error\",\"message\":\"Rate limit exceeded. Please slow down your requests.\",\"retry_after\":";
    private String key;

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
    }

    /** Other tests move the clock across daily cut-offs, so the broker session is renewed first. */
    @BeforeEach
    void freezeTheClock() {
        key = Installation.liveApiKey();
        Control.reset();
        Control.freeze();
    }

    @AfterEach
    void letTheClockRun() {
        Control.unfreeze();
    }

    @Test
    void loginFivePerMinuteAndTwentyFivePerHour() {
        WebClient client = new WebClient();
        Supplier<HttpResponse<String>> login = () -> client.postForm("/app/login",
                Map.of("username", "nobody", "password", "Wrong#Pass1"));
        for (int minute = 0; minute < 5; minute++) {
            exhaust(5, login, false);
            Control.advance(Duration.ofMinutes(1));
        }
        // 25 in five minutes: the hourly bandwidth now binds. It refills greedily (25 per hour is a
        // token every 144 s), so the sixth minute admits the 2 tokens that have dripped back, not 5.
        exhaust(2, login, false);
        Control.advance(Duration.ofHours(1));
        exhaust(5, login, false);
    }

    @Test
    void passwordResetFifteenPerHour() {
        WebClient client = new WebClient(Identities.NEVER_BANNED);
        exhaust(15, () -> client.postForm("/app/reset-password", Map.of("email", "x@example.com")), false);
        Control.advance(Duration.ofHours(1));
        assertTrue(client.postForm("/app/reset-password", Map.of("email", "x@example.com")).statusCode() != 429);
    }

    @Test
    void ordersTenPerSecond() {
        WebClient client = new WebClient();
        exhaust(10, () -> order(client, "placeorder"), true);
        Control.advance(Duration.ofSeconds(1));
        assertEquals(200, order(client, "placeorder").statusCode(), "the next second admits again");
    }

    @Test
    void twoClientAddressesHaveSeparateBuckets() {
        WebClient first = new WebClient();
        WebClient second = new WebClient();
        exhaust(5, () -> first.postForm("/app/login", Map.of("username", "a", "password", "b")), false);
        assertTrue(second.postForm("/app/login", Map.of("username", "a", "password", "b")).statusCode() != 429,
                "another address has its own bucket");
    }

    @Test
    void oneKeyUsedFromTwoAddressesSharesItsPerKeyBucket() {
        WebClient first = new WebClient();
        WebClient second = new WebClient();
        for (int i = 0; i < 10; i++) {
            assertEquals(200, order(i % 2 == 0 ? first : second, "placeorder").statusCode(), "order " + i);
        }
        assertTooMany(order(new WebClient(), "placeorder"), true);
    }

    @Test
    void smartOrdersTwoPerSecond() {
        WebClient client = new WebClient();
        exhaust(2, () -> order(client, "placesmartorder"), true);
        Control.advance(Duration.ofSeconds(1));
        assertTrue(order(client, "placesmartorder").statusCode() != 429);
    }

    @Test
    void otherApiCallsFiftyPerSecond() {
        WebClient client = new WebClient();
        exhaust(50, () -> client.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}"), true);
        Control.advance(Duration.ofSeconds(1));
        assertEquals(200, client.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}").statusCode());
    }

    @Test
    void webhooksHundredPerMinute() {
        WebClient client = new WebClient(Identities.NEVER_BANNED);
        exhaust(100, () -> client.postJson("/strategy/webhook/00000000-0000-4000-8000-000000000000",
                "{\"symbol\":\"SBIN\",\"action\":\"BUY\"}"), false);
        Control.advance(Duration.ofMinutes(1));
        assertTrue(client.postJson("/strategy/webhook/00000000-0000-4000-8000-000000000000", "{}").statusCode() != 429);
    }

    @Test
    void webSocketConnectsHundredPerMinute() {
        for (int i = 1; i <= 100; i++) {
            assertTrue(RawHttp.status(upgrade()) != 429, "upgrade " + i);
        }
        String refused = upgrade();
        assertEquals(429, RawHttp.status(refused), refused);
        assertTrue(refused.contains("Retry-After:"), refused);
        Control.advance(Duration.ofMinutes(1));
        assertTrue(RawHttp.status(upgrade()) != 429);
    }

    /** Java's HTTP client will not send Upgrade itself, so the handshake goes over a plain socket. */
    private static String upgrade() {
        return RawHttp.get("127.0.0.1", "/ws", "Upgrade: websocket", "Connection: Upgrade",
                "Sec-WebSocket-Version: 13", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==",
                "X-Forwarded-For: " + Identities.NEVER_BANNED);
    }

    @Test
    void invalidKeysPastTheLimitGet429AndAreNeverChecked() {
        WebClient guesser = new WebClient(Identities.NEVER_BANNED);
        long checksBefore = Control.counters().getJsonNumber("keyChecks").longValue();
        long argon2Before = Control.counters().getJsonNumber("argon2Verifications").longValue();
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            HttpResponse<String> response = guesser.postJson("/api/v1/ping",
                    "{\"apikey\":\"" + String.format("%064x", 1_000_000 + i) + "\"}");
            if (response.statusCode() == 429) {
                refused++;
            } else {
                assertEquals(403, response.statusCode());
            }
        }
        assertEquals(10, refused, "50 per second: the last 10 of 60 are refused");
        JsonObject counters = Control.counters();
        assertEquals(50, counters.getJsonNumber("keyChecks").longValue() - checksBefore,
                "refused requests never reach the key check");
        assertEquals(argon2Before, counters.getJsonNumber("argon2Verifications").longValue(),
                "unknown keys cost no Argon2 work at all");
    }

    private HttpResponse<String> order(WebClient client, String route) {
        return client.postJson("/api/v1/" + route, "{\"apikey\":\"" + key + "\",\"strategy\":\"limits\","
                + "\"exchange\":\"NSE\",\"symbol\":\"SBIN\",\"action\":\"BUY\",\"quantity\":\"1\""
                + (route.equals("placesmartorder") ? ",\"position_size\":\"1\"}" : "}"));
    }

    private static void exhaust(int limit, Supplier<HttpResponse<String>> call, boolean api) {
        for (int i = 1; i <= limit; i++) {
            HttpResponse<String> response = call.get();
            assertTrue(response.statusCode() != 429, "request " + i + " of " + limit + ": " + response.body());
        }
        assertTooMany(call.get(), api);
    }

    private static void assertTooMany(HttpResponse<String> response, boolean api) {
        assertEquals(429, response.statusCode(), response.body());
        long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1, "Retry-After " + retryAfter);
        assertTrue(response.headers().firstValue("RateLimit-Policy").isPresent(), "RateLimit-Policy");
        assertTrue(response.headers().firstValue("RateLimit").isPresent(), "RateLimit");
        assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), "a 429 carries the headers");
        if (api) {
            assertEquals(API_429 + retryAfter + "}", response.body());
            assertEquals(retryAfter, Json.parse(response.body()).getInt("retry_after"));
        }
    }
}
