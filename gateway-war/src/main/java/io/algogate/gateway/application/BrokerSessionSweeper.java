package io.algogate.gateway.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends expired broker sessions once a minute, so a broker token is revoked at the broker soon after
 * the daily cut-off even when no request comes by to notice (requests notice on their own too). The
 * sweep reads the gateway's clock, so tests that move the clock see it act at their next sweep.
 */
@ApplicationScoped
public class BrokerSessionSweeper {

    private static final Logger LOG = Logger.getLogger(BrokerSessionSweeper.class.getName());

    @Inject
    BrokerSessionService sessions;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> sweep;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sweep = scheduler.scheduleAtFixedRate(this::sweepOnce, 1, 1, TimeUnit.MINUTES);
    }

    private void sweepOnce() {
        try {
            int ended = sessions.endExpiredSessions();
            if (ended > 0) {
                LOG.info(() -> "Ended " + ended + " expired broker session(s)");
            }
        } catch (RuntimeException e) {
            // A failed sweep must not cancel the schedule: the next minute tries again.
            LOG.log(Level.WARNING, "The broker session sweep failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }
}
