package io.algogate.gateway.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, the instrument master is brought up to date in the background when OpenAlgo's smart
 * download says so ({@link MasterDownloadPolicy}): the default sandbox needs no login, so without this
 * its master would stay empty until an admin asked for a download.
 */
@ApplicationScoped
public class InstrumentMasterStartup {

    private static final Logger LOG = Logger.getLogger(InstrumentMasterStartup.class.getName());

    @Inject
    InstrumentMasterService master;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            master.refreshIfStale();
        } catch (RuntimeException e) {
            // A broker that cannot list its master now must not stop the gateway from starting.
            LOG.log(Level.WARNING, "The start-up instrument master check failed", e);
        }
    }
}
