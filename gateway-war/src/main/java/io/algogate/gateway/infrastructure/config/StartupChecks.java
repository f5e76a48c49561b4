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
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
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
    /**
     * Set to true when the trusted proxies ({@code algogate.proxy.trusted-cidrs}) terminate TLS, so an
     * http:// public address is the proxy-to-gateway hop only and the production profile accepts it.
     */
    static final String PROXY_TERMINATES_TLS = "algogate.proxy.terminates-tls";
    private static final String TRUSTED_PROXIES = "algogate.proxy.trusted-cidrs";
    private static final String CORS_ALLOWED_ORIGINS = "algogate.cors.allowed-origins";
    /** The application's loggers (this class's among them): FINE or finer in production is a debug setting. */
    private static final String APPLICATION_LOGGER = "io.algogate";
    private static final List<String> DEBUGGER_OPTIONS = List.of("-agentlib:jdwp", "-Xrunjdwp", "-Xdebug");
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
        List<String> problems = profileProblems(settings,
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                LOG.isLoggable(Level.FINE));
        if (!problems.isEmpty()) {
            String refused = "algogate.profile=" + profile.name().toLowerCase(Locale.ROOT) + " refused: ";
            // One line per refusal, so an operator sees every unsafe setting at once, not one per restart.
            problems.forEach(problem -> LOG.severe(refused + problem));
            throw new IllegalStateException(refused + problems.size() + " unsafe setting(s), listed in the log;"
                    + " the application does not start");
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
        return profileProblems(settings, List.of(), false);
    }

    /**
     * @param jvmArguments the JVM's options, where a debugger agent would show
     * @param applicationDebugLogging whether the application's loggers log at FINE or finer
     */
    static List<String> profileProblems(GatewaySettings settings, List<String> jvmArguments,
            boolean applicationDebugLogging) {
        Profile profile = settings.profile();
        List<String> problems = new ArrayList<>();
        if (profile == Profile.PRODUCTION) {
            problems.addAll(productionProblems(settings, jvmArguments, applicationDebugLogging));
        }
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

    /**
     * What production refuses: generated secrets (each of the three must be configured), a dashboard
     * over plain HTTP, CORS open to every origin, and debug settings (a debugger agent, debug logging of
     * the application, which would write request details). The test and bench endpoints belong to
     * their own profiles and are never open in production ({@link Profile}).
     */
    private static List<String> productionProblems(GatewaySettings settings, List<String> jvmArguments,
            boolean applicationDebugLogging) {
        List<String> problems = new ArrayList<>();
        for (String secret : List.of(GatewaySettings.PEPPER, GatewaySettings.ENCRYPTION_KEY,
                GatewaySettings.ENCRYPTION_SALT)) {
            if (settings.optional(secret).isEmpty()) {
                problems.add(secret + " is not set: generated secrets are for development only");
            }
        }
        Optional<String> base = settings.optional(PUBLIC_BASE_URL);
        boolean tlsAtTheProxy = settings.optional(TRUSTED_PROXIES).isPresent()
                && settings.optional(PROXY_TERMINATES_TLS).map(Boolean::parseBoolean).orElse(false);
        if (base.isEmpty()) {
            problems.add(PUBLIC_BASE_URL + " is not set: name the dashboard's https:// address");
        } else if (!base.get().toLowerCase(Locale.ROOT).startsWith("https://") && !tlsAtTheProxy) {
            problems.add(PUBLIC_BASE_URL + " is '" + base.get() + "': the dashboard must not be served over plain"
                    + " HTTP (use https://, or set " + PROXY_TERMINATES_TLS + "=true with "
                    + TRUSTED_PROXIES + " when the proxy terminates TLS)");
        }
        boolean anyOrigin = settings.optional(CORS_ALLOWED_ORIGINS).stream()
                .flatMap(origins -> Arrays.stream(origins.split(","))).anyMatch(origin -> origin.trim().equals("*"));
        if (anyOrigin) {
            problems.add(CORS_ALLOWED_ORIGINS + " contains '*': name the allowed origins");
        }
        DEBUGGER_OPTIONS.stream().filter(option -> jvmArguments.stream().anyMatch(arg -> arg.startsWith(option)))
                .findFirst().ifPresent(option -> problems.add("the JVM runs with a debugger agent (" + option
                        + "): remove it from jvm.options"));
        if (applicationDebugLogging) {
            problems.add("the " + APPLICATION_LOGGER + " loggers log at FINE or finer: set Liberty's"
                    + " traceSpecification back to info for them");
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
