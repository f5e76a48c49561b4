package io.algogate.gateway.infrastructure.security;

import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.security.filters.RateLimitPolicy;
import io.algogate.security.filters.RateLimiter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.spi.CachingProvider;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.ExpiryPolicyBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.jsr107.Eh107Configuration;

/**
 * The rate limiter's buckets live in an Ehcache 3 JCache inside the WAR (stack-notes 4.6): bounded to
 * {@value #MAX_BUCKETS} buckets, and a bucket idle for two hours is dropped (it would be full again by
 * then: no limit's window is longer than an hour). Limits are per process, in memory: a cluster of
 * gateways would need a shared JCache (docs/SECURITY.md).
 */
@ApplicationScoped
public class RateLimiterProducer {

    static final long MAX_BUCKETS = 100_000;
    private static final String PROVIDER = "org.ehcache.jsr107.EhcacheCachingProvider";

    @Inject
    GatewaySettings settings;

    private CacheManager cacheManager;

    @Produces
    @Singleton
    RateLimitPolicy rateLimitPolicy() {
        return RateLimitPolicy.fromConfig(settings::optional);
    }

    @Produces
    @Singleton
    synchronized RateLimiter rateLimiter(RateLimitPolicy policy, Clock clock) {
        ClassLoader loader = RateLimiterProducer.class.getClassLoader();
        CachingProvider provider = Caching.getCachingProvider(PROVIDER, loader);
        cacheManager = provider.getCacheManager(provider.getDefaultURI(), loader);
        Cache<String, byte[]> buckets = cacheManager.createCache("algogate-rate-limit-buckets",
                Eh107Configuration.fromEhcacheCacheConfiguration(CacheConfigurationBuilder
                        .newCacheConfigurationBuilder(String.class, byte[].class, ResourcePoolsBuilder.heap(MAX_BUCKETS))
                        .withExpiry(ExpiryPolicyBuilder.timeToIdleExpiration(Duration.ofHours(2)))));
        return new RateLimiter(policy, buckets, clock);
    }

    @PreDestroy
    synchronized void close() {
        if (cacheManager != null) {
            cacheManager.close();
        }
    }
}
