package io.algogate.gateway.infrastructure.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes the one key-verification cache of the application. */
@ApplicationScoped
public class ApiKeyCacheProducer {

    /** A singleton rather than application-scoped: the cache class is final, so it needs no proxy. */
    @Produces
    @Singleton
    ApiKeyVerificationCache apiKeyVerificationCache(Clock clock) {
        return new ApiKeyVerificationCache(clock);
    }
}
