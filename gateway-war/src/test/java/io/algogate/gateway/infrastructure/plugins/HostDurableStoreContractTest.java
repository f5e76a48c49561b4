package io.algogate.gateway.infrastructure.plugins;

import io.algogate.broker.spi.DurableStore;
import io.algogate.broker.tck.DurableStoreContract;
import io.algogate.gateway.support.InMemoryPluginState;
import io.algogate.gateway.support.MutableClock;
import java.time.Instant;

/**
 * The store the gateway gives plugins keeps the same contract as the test kit's store. The rows
 * underneath behave as Liberty's JTA does, gaps included: a checked exception commits, a failure the
 * work caught rolls back without a word, and concurrent transactions are not isolated; so passing
 * shows that {@link HostDurableStore} itself closes those gaps.
 */
class HostDurableStoreContractTest extends DurableStoreContract {

    @Override
    protected DurableStore newStore() {
        return new HostDurableStore("sandbox", new InMemoryPluginState(),
                new MutableClock(Instant.parse("2026-12-04T10:00:00Z")));
    }
}
