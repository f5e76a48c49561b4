package io.algogate.gateway.infrastructure.security;

import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.security.filters.SecurityHeadersPolicy;
import io.algogate.security.filters.SessionExpiryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Turns the MicroProfile Config keys of the security layers into the policy records the filters
 * inject. Each is built once; a bad value stops start-up with its key named (StartupChecks asks for
 * every one of them).
 */
@ApplicationScoped
public class SecurityPolicies {

    @Inject
    GatewaySettings settings;

    @Produces
    @Singleton
    SessionExpiryPolicy sessionExpiryPolicy() {
        return SessionExpiryPolicy.fromConfig(settings::optional);
    }

    @Produces
    @Singleton
    SecurityHeadersPolicy securityHeadersPolicy() {
        return SecurityHeadersPolicy.fromConfig(settings::optional);
    }
}
