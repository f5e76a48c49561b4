package io.algogate.broker.tck;

import io.algogate.broker.spi.DurableStore;

/** The kit's store keeps the contract the gateway's store keeps. */
class InMemoryDurableStoreTest extends DurableStoreContract {

    @Override
    protected DurableStore newStore() {
        return new InMemoryDurableStore();
    }
}
