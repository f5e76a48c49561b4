package io.algogate.gateway.infrastructure.web;

import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.gateway.infrastructure.config.Profile;
import io.algogate.gateway.interfaces.testing.TestControlServlet;
import io.algogate.security.filters.FilterSlot;
import io.algogate.security.filters.OrderedFilterRegistrar;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Wires the web layer in code, in one place (D5): the security filters in their slot order, and the
 * test profile's control servlet only when that profile is on. Listed in
 * {@code META-INF/services/jakarta.servlet.ServletContainerInitializer}.
 */
public final class GatewayInitializer implements ServletContainerInitializer {

    private static final Logger LOG = Logger.getLogger(GatewayInitializer.class.getName());

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        List<FilterSlot> chain = OrderedFilterRegistrar.register(context, SecurityChain.FILTERS);
        LOG.info(() -> "Security filter chain: " + chain.stream()
                .map(slot -> slot.position() + ":" + slot.name()).collect(Collectors.joining(" -> ")));

        Profile profile = new GatewaySettings().profile();
        if (profile == Profile.TEST) {
            ServletRegistration.Dynamic control = context.addServlet("test-control", TestControlServlet.class);
            control.addMapping(TestControlServlet.PATH + "/*");
            LOG.warning("Test profile: the test control endpoint is open at " + TestControlServlet.PATH
                    + ". Never run a real installation with algogate.profile=test.");
        }
    }
}
