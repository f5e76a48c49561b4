package io.algogate.gateway.infrastructure.config;

import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Does at start-up what would otherwise surprise the first request: checks the profile, provisions the
 * secrets and loads the broker plugins. Any failure stops the application from starting, with the
 * cause in the log, rather than leaving a half-working gateway.
 */
@ApplicationScoped
public class StartupChecks {

    private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

    @Inject
    GatewaySettings settings;

    @Inject
    GatewayCrypto crypto;

    @Inject
    BrokerPluginHost brokers;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Profile profile = settings.profile();
        LOG.info(() -> "AlgoGate starting: profile=" + profile.name().toLowerCase(java.util.Locale.ROOT)
                + ", home=" + settings.home());
        if (crypto.secretsWereGenerated()) {
            LOG.info("Using generated secrets from " + settings.home().resolve("secrets"));
        }
        LOG.info(() -> "AlgoGate ready with broker '" + brokers.activePlugin().id() + "' ("
                + brokers.plugins().size() + " plugin(s) found)");
    }
}
