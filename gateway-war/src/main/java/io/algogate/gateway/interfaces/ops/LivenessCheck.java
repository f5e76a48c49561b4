package io.algogate.gateway.interfaces.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * {@code /health/live}: the application was deployed and answers. It asks no database on purpose: a
 * restart does not bring a database back, so a database outage shows as not ready, never as dead.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    static final String NAME = "algogate-live";

    @Override
    public HealthCheckResponse call() {
        return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP, java.util.Optional.empty());
    }
}
