package io.algogate.broker.sandbox;

import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.tck.BrokerPluginTestKit;

/** The sandbox passes the same test kit every third-party plugin runs. */
class SandboxBrokerTestKitTest extends BrokerPluginTestKit {

    @Override
    protected BrokerPlugin plugin() {
        return new SandboxBrokerPlugin();
    }
}
