package io.algogate.broker.spi;

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
     * Creates the adapter the host talks to. Called once per activation; the adapter is closed
     * by the host when it is replaced or the gateway stops.
     */
    BrokerAdapter create(BrokerContext context);
}
