package io.algogate.gateway.infrastructure.security;

import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.security.filters.ClientIpResolver;
import io.algogate.security.filters.CorsPolicy;
import io.algogate.security.filters.IpAddresses;
import io.algogate.security.filters.ProxyAwareClientIpResolver;
import io.algogate.security.filters.RequestLimitsPolicy;
import io.algogate.security.filters.SecurityHeadersPolicy;
import io.algogate.security.filters.SessionExpiryPolicy;
import io.algogate.security.filters.StreamPortPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the MicroProfile Config keys of the security layers into the policy records the filters
 * inject. Each is built once; a bad value stops start-up with its key named (StartupChecks asks for
 * every one of them).
 */
@ApplicationScoped
public class SecurityPolicies {

    public static final String TRUSTED_PROXIES = "algogate.proxy.trusted-cidrs";
    public static final String PROXY_HEADERS = "algogate.proxy.headers";

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

    /** The second port the streaming protocol is served on ({@code algogate.ws.port}, server.xml's too). */
    @Produces
    @Singleton
    StreamPortPolicy streamPortPolicy() {
        return StreamPortPolicy.fromConfig(settings::optional);
    }

    @Produces
    @Singleton
    CorsPolicy corsPolicy() {
        return CorsPolicy.fromConfig(settings::optional);
    }

    @Produces
    @Singleton
    RequestLimitsPolicy requestLimitsPolicy() {
        return RequestLimitsPolicy.fromConfig(settings::optional);
    }

    /**
     * Proxy headers are believed only from the configured proxies ({@value #TRUSTED_PROXIES}, empty by
     * default), and only the headers in {@value #PROXY_HEADERS}: keep just the one your proxy sets,
     * since a client can send the others through it.
     */
    @Produces
    @Singleton
    ClientIpResolver clientIpResolver() {
        List<IpAddresses.Cidr> trusted;
        try {
            trusted = IpAddresses.parseList(settings.optional(TRUSTED_PROXIES).orElse(""));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(TRUSTED_PROXIES + " is invalid: " + e.getMessage(), e);
        }
        List<String> headers = settings.optional(PROXY_HEADERS)
                .map(value -> Arrays.stream(value.split(",")).map(String::trim).filter(h -> !h.isEmpty()).toList())
                .orElse(ProxyAwareClientIpResolver.DEFAULT_HEADERS);
        return new ProxyAwareClientIpResolver(trusted, headers);
    }
}
