package io.algogate.gateway.infrastructure.config;

import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import io.algogate.security.filters.AsciiCase;
import io.algogate.security.filters.ClientIpResolver;
import io.algogate.security.filters.CorsPolicy;
import io.algogate.security.filters.RateLimitPolicy;
import io.algogate.security.filters.RateLimiter;
import io.algogate.security.filters.RequestLimitsPolicy;
import io.algogate.security.filters.SecurityHeadersPolicy;
import io.algogate.security.filters.SessionExpiryPolicy;
import io.algogate.security.filters.StreamPortPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Does at start-up what would otherwise surprise the first request: checks the profile, provisions the
 * secrets and loads the broker plugins. Any failure stops the application from starting, with the
 * cause in the log, rather than leaving a half-working gateway.
 */
@ApplicationScoped
public class StartupChecks {

    /** The address users reach the gateway at (also read by the password-reset mail). */
    static final String PUBLIC_BASE_URL = "algogate.public-base-url";
    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());
    private static final List<Class<?>> SECURITY_POLICIES = List.of(SessionExpiryPolicy.class,
            SecurityHeadersPolicy.class, CorsPolicy.class, RequestLimitsPolicy.class, RateLimitPolicy.class,
            RateLimiter.class, ClientIpResolver.class, StreamPortPolicy.class);

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
        List<String> problems = profileProblems(settings);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("algogate.profile=" + profile.name().toLowerCase(Locale.ROOT)
                    + " refused: " + String.join("; ", problems));
        }
        SECURITY_POLICIES.forEach(type -> beans.select(type).get());
        if (crypto.secretsWereGenerated()) {
            LOG.info("Using generated secrets from " + settings.home().resolve("secrets"));
        }
        LOG.info(() -> "AlgoGate ready with broker '" + brokers.activePlugin().id() + "' ("
                + brokers.plugins().size() + " plugin(s) found)");
    }

    /**
     * What the profile refuses in these settings (empty: nothing). Production never opens the test or
     * bench endpoints: each belongs to its own profile ({@link Profile#testControls()},
     * {@link Profile#benchEndpoint()}), and only one profile is on. The bench profile, whose endpoint places orders past
     * the security chain, is refused unless the broker is the sandbox (no real order ever goes
     * through it) and the gateway's public address is on loopback (a benchmark, not an installation).
     */
    static List<String> profileProblems(GatewaySettings settings) {
        Profile profile = settings.profile();
        List<String> problems = new ArrayList<>();
        if (profile.benchEndpoint()) {
            String broker = settings.activeBroker();
            if (!"sandbox".equals(broker)) {
                problems.add(GatewaySettings.ACTIVE_BROKER + " must be sandbox, not '" + broker + "'");
            }
            String base = settings.optional(PUBLIC_BASE_URL).orElse("http://localhost:9080");
            if (!onLoopback(base)) {
                problems.add(PUBLIC_BASE_URL + " must be a loopback address (localhost, 127.0.0.1), not '"
                        + base + "'");
            }
        }
        return problems;
    }

    private static boolean onLoopback(String url) {
        try {
            String host = URI.create(url).getHost();
            if (host == null) {
                return false;
            }
            if (AsciiCase.equalsIgnoreCase("localhost", host)) {
                return true;
            }
            // Literal addresses only: a name is never resolved here.
            if (host.matches("[0-9.]+") || host.startsWith("[")) {
                return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
            }
            return false;
        } catch (IllegalArgumentException | java.net.UnknownHostException e) {
            return false;
        }
    }
}
