package io.algogate.gateway.interfaces.ops;

import io.algogate.gateway.application.TrafficLogService;
import io.algogate.gateway.domain.BrokerSessionRepository;
import io.algogate.gateway.infrastructure.persistence.DatabaseProbe;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready} (served by Liberty on the management endpoint, D12): not ready while the main
 * database or the logs database cannot be reached, or while the traffic log's queue is nearly full
 * (the logs database is falling behind and records are about to be dropped). The broker is reported
 * (the active plugin and how many users hold a live session) and is down only if no plugin is active:
 * a gateway whose users have not logged in to their broker yet still serves the dashboard.
 *
 * <p>A failing probe shows its exception's class only: the answer must not carry connection strings
 * or other details of the installation.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    static final String NAME = "algogate-ready";
    /** Past this share of its capacity the traffic log's queue counts as falling behind. */
    static final double QUEUE_THRESHOLD = 0.9;

    @Inject
    DatabaseProbe databases;

    @Inject
    TrafficLogService trafficLog;

    @Inject
    BrokerPluginHost brokers;

    @Inject
    BrokerSessionRepository sessions;

    @Inject
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        return evaluate(List.of(
                new ReadinessProbe("database", () -> {
                    databases.probeMain();
                    return "ok";
                }),
                new ReadinessProbe("logs-database", () -> {
                    databases.probeLogs();
                    return "ok";
                }),
                new ReadinessProbe("traffic-log-queue",
                        () -> queueDetail(trafficLog.queued(), trafficLog.capacity(), trafficLog.dropped())),
                new ReadinessProbe("broker", () -> brokers.activePlugin().id() + ", live sessions: "
                        + sessions.findAll().stream().filter(s -> s.isLive(clock.instant())).count())));
    }

    /** UP only if every probe answers; the data name each probe's detail or failure. */
    static HealthCheckResponse evaluate(List<ReadinessProbe> probes) {
        Map<String, Object> data = new LinkedHashMap<>();
        boolean ready = true;
        for (ReadinessProbe probe : probes) {
            try {
                data.put(probe.name(), probe.probe().call());
            } catch (Exception | LinkageError failed) {
                ready = false;
                data.put(probe.name(), "DOWN: " + failed.getClass().getSimpleName());
            }
        }
        return new HealthCheckResponse(NAME, ready ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }

    /** The queue's fill; throws past the threshold, when the logs database no longer keeps up. */
    static String queueDetail(int queued, int capacity, long dropped) {
        String detail = queued + " of " + capacity + " queued, " + dropped + " dropped";
        if (queued > capacity * QUEUE_THRESHOLD) {
            throw new IllegalStateException("Traffic log queue nearly full: " + detail);
        }
        return detail;
    }
}
