package io.algogate.broker.spi;

/**
 * The version of this SPI. A plugin reports the version it was compiled against through
 * {@link BrokerPlugin#spiVersion()}; the host refuses plugins built for a newer SPI than its own.
 */
public final class BrokerSpi {

    /** Raised only when the contract changes in a way old plugins must notice; additions keep it. */
    public static final int VERSION = 1;

    private BrokerSpi() {
    }
}
