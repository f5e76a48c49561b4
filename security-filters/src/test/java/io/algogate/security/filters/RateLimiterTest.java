package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.security.filters.RateLimiter.Decision;
import io.algogate.security.filters.RateLimitSpec.Limit;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RateLimiterTest {

    private static final String CLIENT = "ip:203.0.113.7";

    private final LimiterBed bed = new LimiterBed();
    private final MutableClock clock = bed.clock;
    private final RateLimiter limiter = bed.limiter;

    @AfterEach
    void closeCache() {
        bed.close();
    }

    /** The limit that refuses first: the smallest count (login's 5 per minute, not its 25 per hour). */
    private static Limit tightest(RouteClass routeClass) {
        return RateLimitPolicy.defaults().spec(routeClass).limits().stream()
                .min(Comparator.comparingLong(Limit::capacity)).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(RouteClass.class)
    void theRequestAfterTheDefaultLimitIsRefusedUntilTheWindowPasses(RouteClass routeClass) {
        Limit limit = tightest(routeClass);
        for (long i = 1; i <= limit.capacity(); i++) {
            Decision decision = limiter.tryConsume(routeClass, CLIENT);
            assertTrue(decision.allowed(), routeClass + " request " + i);
            assertEquals(limit.capacity() - i, decision.remaining(), routeClass + " request " + i);
        }
        Decision refused = limiter.tryConsume(routeClass, CLIENT);
        assertFalse(refused.allowed(), routeClass + " request " + (limit.capacity() + 1));
        assertEquals(routeClass, refused.routeClass());
        assertEquals(0, refused.remaining());
        // Greedy refill returns one token after period/capacity, so that is the wait, rounded up.
        long oneToken = limit.period().getSeconds() / limit.capacity();
        assertEquals(Math.max(1, oneToken), refused.retryAfterSeconds(), routeClass.toString());

        clock.advance(limit.period().plusSeconds(1));
        assertTrue(limiter.tryConsume(routeClass, CLIENT).allowed(), routeClass + " after the window");
    }

    @Test
    void retryAfterIsRoundedUpToWholeSeconds() {
        RateLimitPolicy sevenPerMinute = RateLimitPolicy.fromConfig(
                key -> key.equals("algogate.ratelimit.reset") ? Optional.of("7 per minute") : Optional.empty());
        RateLimiter sevenLimiter = bed.limiter(sevenPerMinute);
        for (int i = 0; i < 7; i++) {
            sevenLimiter.tryConsume(RouteClass.RESET, CLIENT);
        }
        // 60 s / 7 tokens = 8.57 s for the next token.
        assertEquals(9, sevenLimiter.tryConsume(RouteClass.RESET, CLIENT).retryAfterSeconds());
        clock.advance(Duration.ofSeconds(8));
        assertEquals(1, sevenLimiter.tryConsume(RouteClass.RESET, CLIENT).retryAfterSeconds());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(sevenLimiter.tryConsume(RouteClass.RESET, CLIENT).allowed());
    }

    @Test
    void subjectsAndRouteClassesHaveBucketsOfTheirOwn() {
        exhaust(RouteClass.SMART, CLIENT);
        assertFalse(limiter.tryConsume(RouteClass.SMART, CLIENT).allowed());
        assertTrue(limiter.tryConsume(RouteClass.SMART, "ip:198.51.100.1").allowed());
        assertTrue(limiter.tryConsume(RouteClass.SMART, "key:abc").allowed());
        assertTrue(limiter.tryConsume(RouteClass.ORDER, CLIENT).allowed());
    }

    @Test
    void loginAllowsFiveAMinuteAndTwentyFiveAnHour() {
        for (int minute = 0; minute < 5; minute++) {
            assertEquals(5, allowedInARow(RouteClass.LOGIN), "minute " + minute);
            clock.advance(Duration.ofMinutes(1));
        }
        // 25 used in the hour. The minute limit alone would admit 5 more now; the hourly one has
        // refilled only 25/60 of a token a minute (greedy refill), 2.08 tokens in these 5 minutes.
        assertEquals(2, allowedInARow(RouteClass.LOGIN));
        Decision refused = limiter.tryConsume(RouteClass.LOGIN, CLIENT);
        assertFalse(refused.allowed());
        // 1/12 of a token is left; the missing 11/12 take 132 s at 144 s a token, far longer than the
        // minute limit's 12 s, so the hourly limit is the one refusing.
        assertEquals(132, refused.retryAfterSeconds());

        clock.advance(Duration.ofHours(1));
        assertEquals(5, allowedInARow(RouteClass.LOGIN));
    }

    @Test
    void aBurstOfTwentySixWithinTheHourIsRefusedEvenWhenTheMinuteLimitIsRaised() {
        RateLimitPolicy policy = RateLimitPolicy.fromConfig(key -> key.equals("algogate.ratelimit.login")
                ? Optional.of("100 per minute;25 per hour") : Optional.empty());
        RateLimiter hourly = bed.limiter(policy);
        for (int i = 1; i <= 25; i++) {
            assertTrue(hourly.tryConsume(RouteClass.LOGIN, CLIENT).allowed(), "request " + i);
        }
        Decision twentySixth = hourly.tryConsume(RouteClass.LOGIN, CLIENT);
        assertFalse(twentySixth.allowed());
        assertEquals(144, twentySixth.retryAfterSeconds());
    }

    @Test
    void resetEmptiesEveryBucket() {
        exhaust(RouteClass.SMART, CLIENT);
        exhaust(RouteClass.LOGIN, CLIENT);
        limiter.reset();
        assertTrue(limiter.tryConsume(RouteClass.SMART, CLIENT).allowed());
        assertEquals(4, limiter.tryConsume(RouteClass.LOGIN, CLIENT).remaining());
    }

    @Test
    void headersFollowTheIetfDraft() {
        assertEquals("\"login\";q=5;w=60, \"login\";q=25;w=3600", limiter.policyHeader(RouteClass.LOGIN));
        assertEquals("\"order\";q=10;w=1", limiter.policyHeader(RouteClass.ORDER));
        assertEquals("\"login\";r=0;t=57", limiter.rateLimitHeader(new Decision(false, 0, 57, RouteClass.LOGIN)));
        assertEquals("\"api\";r=49", limiter.rateLimitHeader(new Decision(true, 49, 0, RouteClass.API)));
    }

    @Test
    void configuredLimitsAreTheOnesEnforced() {
        Map<String, String> config = Map.of("algogate.ratelimit.api", "3 per hour");
        RateLimiter configured =
                bed.limiter(RateLimitPolicy.fromConfig(key -> Optional.ofNullable(config.get(key))));
        for (int i = 0; i < 3; i++) {
            assertTrue(configured.tryConsume(RouteClass.API, "key:k1").allowed());
        }
        assertEquals(1200, configured.tryConsume(RouteClass.API, "key:k1").retryAfterSeconds());
    }

    private void exhaust(RouteClass routeClass, String subject) {
        while (limiter.tryConsume(routeClass, subject).allowed()) {
            // take every token
        }
    }

    private int allowedInARow(RouteClass routeClass) {
        int allowed = 0;
        while (limiter.tryConsume(routeClass, CLIENT).allowed()) {
            allowed++;
        }
        return allowed;
    }
}
