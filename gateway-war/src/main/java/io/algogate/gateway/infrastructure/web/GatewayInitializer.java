package io.algogate.gateway.infrastructure.web;

import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.gateway.infrastructure.config.Profile;
import io.algogate.gateway.infrastructure.logging.ApplicationLoggers;
import io.algogate.gateway.interfaces.bench.BenchEndpoint;
import io.algogate.gateway.interfaces.testing.TestControlServlet;
import io.algogate.security.filters.FilterSlot;
import io.algogate.security.filters.OrderedFilterRegistrar;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Wires the web layer in code, in one place (D5): the security filters in their slot order, the
 * test profile's control servlet only when that profile is on, and the bench profile's bare endpoint
 * (ahead of the chain, which it skips) only when that one is. Listed in
 * {@code META-INF/services/jakarta.servlet.ServletContainerInitializer}.
 */
public final class GatewayInitializer implements ServletContainerInitializer {

    private static final Logger LOG = Logger.getLogger(GatewayInitializer.class.getName());

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        // First of all, so every application logger redacts secrets before it logs anything.
        ApplicationLoggers.hookClassesOf(context);
        ApplicationLoggers.hookExisting();
        Profile profile = new GatewaySettings().profile();
        if (profile.benchEndpoint()) {
            // Registered before the chain, so it runs first on its path and answers without passing on.
            FilterRegistration.Dynamic bench = context.addFilter("bench-endpoint", BenchEndpoint.class);
            bench.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, BenchEndpoint.PATH + "/*");
            LOG.warning("Bench profile: " + BenchEndpoint.PATH + "/placeorder places orders without the security"
                    + " chain. Never run a real installation with algogate.profile=bench.");
        }
        List<FilterSlot> chain = OrderedFilterRegistrar.register(context, SecurityChain.FILTERS);
        LOG.info(() -> "Security filter chain: " + chain.stream()
                .map(slot -> slot.position() + ":" + slot.name()).collect(Collectors.joining(" -> ")));

        if (profile.testControls()) {
            ServletRegistration.Dynamic control = context.addServlet("test-control", TestControlServlet.class);
            control.addMapping(TestControlServlet.PATH + "/*");
            LOG.warning("Test profile: the test control endpoint is open at " + TestControlServlet.PATH
                    + ". Never run a real installation with algogate.profile=test.");
        }
    }
}
