package io.algogate.security.filters;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.jcache.Bucket4jJCache;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.cache.Cache;

/**
 * Token buckets (bucket4j, greedy refill) in a JCache, one per route class and subject (a client
 * address or an API key). A class's compound limit ({@code 5 per minute;25 per hour}) is several
 * bandwidths of one bucket, so a request must find a token in each.
 *
 * <p>Time comes only from the given clock, handed to bucket4j as its client-side clock: the gateway's
 * clock can be moved by the test profile, and tests move time without sleeping.
 */
public final class RateLimiter {

    /** What a request may do: go on, or wait {@code retryAfterSeconds} (at least 1 when refused). */
    public record Decision(boolean allowed, long remaining, long retryAfterSeconds, RouteClass routeClass) {
    }

    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);

    private final RateLimitPolicy policy;
    private final Cache<String, byte[]> cache;
    private final ProxyManager<String> buckets;
    private final Map<RouteClass, BucketConfiguration> configurations = new EnumMap<>(RouteClass.class);
    /** Every response carries its class's policy header: written once, not per request. */
    private final Map<RouteClass, String> policyHeaders = new EnumMap<>(RouteClass.class);

    public RateLimiter(RateLimitPolicy policy, Cache<String, byte[]> cache, Clock clock) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.buckets = Bucket4jJCache.entryProcessorBasedBuilder(cache)
                .clientClock(timeMeter(Objects.requireNonNull(clock, "clock")))
                .build();
        for (RouteClass routeClass : RouteClass.values()) {
            configurations.put(routeClass, configuration(policy.spec(routeClass)));
            policyHeaders.put(routeClass, policy.spec(routeClass).limits().stream()
                    .map(limit -> quotedName(routeClass) + ";q=" + limit.capacity() + ";w=" + limit.period().getSeconds())
                    .collect(Collectors.joining(", ")));
        }
    }

    /** Takes one token from the bucket of this class and subject, if it has one in every bandwidth. */
    public Decision tryConsume(RouteClass routeClass, String subject) {
        BucketConfiguration configuration = configurations.get(routeClass);
        ConsumptionProbe probe = buckets.builder()
                .build(bucketKey(routeClass, subject), () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return new Decision(true, probe.getRemainingTokens(), 0, routeClass);
        }
        return new Decision(false, probe.getRemainingTokens(), ceilSeconds(probe.getNanosToWaitForRefill()),
                routeClass);
    }

    /** Empties every bucket: the test profile's reset, so one test's requests do not limit the next. */
    public void reset() {
        cache.clear();
    }

    public RateLimitPolicy policy() {
        return policy;
    }

    /**
     * The {@code RateLimit-Policy} value (IETF httpapi draft): one item per limit of the class, all
     * named after the class, e.g. {@code "login";q=5;w=60, "login";q=25;w=3600}.
     */
    public String policyHeader(RouteClass routeClass) {
        return policyHeaders.get(routeClass);
    }

    /**
     * The {@code RateLimit} value for a decision: what is left across all the class's limits, and, when
     * refused, the seconds until a request would pass, e.g. {@code "login";r=0;t=57}.
     */
    public String rateLimitHeader(Decision decision) {
        String value = quotedName(decision.routeClass()) + ";r=" + decision.remaining();
        return decision.allowed() ? value : value + ";t=" + decision.retryAfterSeconds();
    }

    private static String quotedName(RouteClass routeClass) {
        return "\"" + routeClass.configName() + "\"";
    }

    private static String bucketKey(RouteClass routeClass, String subject) {
        return routeClass.configName() + "|" + subject;
    }

    private static BucketConfiguration configuration(RateLimitSpec spec) {
        var builder = BucketConfiguration.builder();
        for (RateLimitSpec.Limit limit : spec.limits()) {
            builder.addLimit(Bandwidth.builder().capacity(limit.capacity())
                    .refillGreedy(limit.capacity(), limit.period()).build());
        }
        return builder.build();
    }

    /** Whole seconds, rounded up so a client that waits that long finds a token; never 0. */
    private static long ceilSeconds(long nanos) {
        return Math.max(1, (nanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    /** The clock as bucket4j reads time: nanoseconds since the epoch, wall-clock based. */
    private static TimeMeter timeMeter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
