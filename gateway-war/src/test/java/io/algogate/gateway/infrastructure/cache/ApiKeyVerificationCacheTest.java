package io.algogate.gateway.infrastructure.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.algogate.gateway.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyVerificationCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T00:00:00Z"));
    private final ApiKeyVerificationCache cache = new ApiKeyVerificationCache(clock);

    @Test
    void remembersValidKeysForTenHoursByTheClock() {
        cache.rememberValid("sha-a", 7L);
        clock.advance(Duration.ofHours(10).minusSeconds(1));
        assertEquals(Optional.of(new ApiKeyVerificationCache.Valid(7L)), cache.lookup("sha-a"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), cache.lookup("sha-a"));
    }

    @Test
    void remembersInvalidKeysForFiveMinutesByTheClock() {
        cache.rememberInvalid("sha-b");
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertEquals(Optional.of(new ApiKeyVerificationCache.Invalid()), cache.lookup("sha-b"));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), cache.lookup("sha-b"));
    }

    @Test
    void aKeyFoundValidLaterIsNoLongerRememberedAsInvalid() {
        cache.rememberInvalid("sha-c");
        cache.rememberValid("sha-c", 1L);
        assertEquals(Optional.of(new ApiKeyVerificationCache.Valid(1L)), cache.lookup("sha-c"));
    }

    @Test
    void validEntriesAreBoundedTo1024AndInvalidTo512() {
        for (int i = 0; i < 3_000; i++) {
            cache.rememberValid("valid-" + i, i);
            cache.rememberInvalid("invalid-" + i);
        }
        assertEquals(1_024, cache.validSize());
        assertEquals(512, cache.invalidSize());
    }

    @Test
    void clearForgetsEveryVerdict() {
        cache.rememberValid("sha-d", 1L);
        cache.rememberInvalid("sha-e");
        cache.clear();
        assertEquals(Optional.empty(), cache.lookup("sha-d"));
        assertEquals(Optional.empty(), cache.lookup("sha-e"));
    }

    @Test
    void forgetUserDropsOnlyThatUsersValidVerdicts() {
        ApiKeyVerificationCache cache = new ApiKeyVerificationCache(new MutableClock(
                Instant.parse("2026-12-04T09:00:00Z")));
        cache.rememberValid("a", 1L);
        cache.rememberValid("b", 1L);
        cache.rememberValid("c", 2L);
        cache.rememberInvalid("d");

        cache.forgetUser(1L);

        assertEquals(Optional.empty(), cache.lookup("a"));
        assertEquals(Optional.empty(), cache.lookup("b"));
        assertEquals(Optional.of(new ApiKeyVerificationCache.Valid(2L)), cache.lookup("c"));
        assertEquals(Optional.of(new ApiKeyVerificationCache.Invalid()), cache.lookup("d"));
    }
}
