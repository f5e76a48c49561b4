package io.algogate.security.filters;

import java.time.Instant;
import java.util.UUID;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.spi.CachingProvider;

/**
 * A rate limiter on a real Ehcache 3 JCache, made as the gateway makes it (stack-notes 4.6), with a
 * clock that moves only when the test moves it. Each bed has a cache of its own name, so tests never
 * share buckets; closing the bed closes the cache manager.
 */
final class LimiterBed implements AutoCloseable {

    final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:15:00Z"));
    private final CacheManager cacheManager;
    private final Cache<String, byte[]> cache;
    /** A limiter with the default policy. */
    final RateLimiter limiter;

    LimiterBed() {
        ClassLoader classLoader = LimiterBed.class.getClassLoader();
        CachingProvider provider =
                Caching.getCachingProvider("org.ehcache.jsr107.EhcacheCachingProvider", classLoader);
        // Ehcache reads any other URI as an XML configuration's address. Tests run one at a time, and
        // a closed default manager is replaced by a fresh one on the next call.
        cacheManager = provider.getCacheManager(provider.getDefaultURI(), classLoader);
        cache = cacheManager.createCache("rate-limit-buckets-" + UUID.randomUUID(),
                new MutableConfiguration<String, byte[]>().setTypes(String.class, byte[].class)
                        .setStoreByValue(false));
        limiter = limiter(RateLimitPolicy.defaults());
    }

    /** Another limiter on the same cache and clock, with a policy of the test's own. */
    RateLimiter limiter(RateLimitPolicy policy) {
        return new RateLimiter(policy, cache, clock);
    }

    @Override
    public void close() {
        cacheManager.close();
    }
}
