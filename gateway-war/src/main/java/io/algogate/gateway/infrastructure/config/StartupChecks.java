package io.algogate.gateway.infrastructure.config;

import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import io.algogate.security.filters.ClientIpResolver;
import io.algogate.security.filters.CorsPolicy;
import io.algogate.security.filters.RateLimitPolicy;
import io.algogate.security.filters.RateLimiter;
import io.algogate.security.filters.RequestLimitsPolicy;
import io.algogate.security.filters.SecurityHeadersPolicy;
import io.algogate.security.filters.SessionExpiryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Does at start-up what would otherwise surprise the first request: checks the profile, provisions the
 * secrets and loads the broker plugins. Any failure stops the application from starting, with the
 * cause in the log, rather than leaving a half-working gateway.
 */
@ApplicationScoped
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());
    private static final List<Class<?>> SECURITY_POLICIES = List.of(SessionExpiryPolicy.class,
            SecurityHeadersPolicy.class, CorsPolicy.class, RequestLimitsPolicy.class, RateLimitPolicy.class,
            RateLimiter.class, ClientIpResolver.class);

    @Inject
    GatewaySettings settings;

    @Inject
    GatewayCrypto crypto;

    @Inject
    BrokerPluginHost brokers;

    /** Asked for here so a bad setting of any security layer stops the start, not the first request. */
    @Inject
    Instance<Object> beans;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Profile profile = settings.profile();
        LOG.info(() -> "AlgoGate starting: profile=" + profile.name().toLowerCase(java.util.Locale.ROOT)
                + ", home=" + settings.home());
        SECURITY_POLICIES.forEach(type -> beans.select(type).get());
        if (crypto.secretsWereGenerated()) {
            LOG.info("Using generated secrets from " + settings.home().resolve("secrets"));
        }
        LOG.info(() -> "AlgoGate ready with broker '" + brokers.activePlugin().id() + "' ("
                + brokers.plugins().size() + " plugin(s) found)");
    }
}
