package io.algogate.broker.spi;

import java.util.Set;

/**
 * Entry point of a broker plugin, found by the host with {@link java.util.ServiceLoader} through a
 * {@code META-INF/services/io.algogate.broker.spi.BrokerPlugin} file in the plugin's jar.
 *
 * <p>Implementations must have a public no-argument constructor and do no work in it: the host
 * reads the plugin's identity first and calls {@link #create(BrokerContext)} only for the broker
 * it activates. This interface grows only by {@code default} methods.
 */
public interface BrokerPlugin {

    /** A stable identifier, lower case letters, digits and dashes, such as {@code sandbox}. */
    String id();

    /** A human-readable name for the dashboard. */
    String displayName();

    /** The plugin's own version, as its authors release it. */
    String version();

    /** The SPI version the plugin was compiled against. */
    default int spiVersion() {
        return BrokerSpi.VERSION;
    }

    /**
     * The feature groups the broker offers, for the dashboard and for refusing calls early. Plugins
     * with more than orders override it; the adapter must implement the matching interfaces.
     */
    default Set<Capability> capabilities() {
        return Set.of(Capability.ORDERS);
    }

    /** The OpenAlgo exchange codes the broker trades, such as {@code NSE}; empty means any. */
    default Set<String> exchanges() {
        return Set.of();
    }

    /**
     * Creates the adapter the host talks to. Called once per activation; the adapter is closed
     * by the host when it is replaced or the gateway stops.
     */
    BrokerAdapter create(BrokerContext context);
}
