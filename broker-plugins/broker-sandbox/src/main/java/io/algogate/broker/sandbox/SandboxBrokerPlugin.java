package io.algogate.broker.sandbox;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.Capability;
import io.algogate.broker.spi.DurableStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/** The paper-trading broker: AlgoGate's default, so the gateway is useful with no broker account. */
public final class SandboxBrokerPlugin implements BrokerPlugin {

    public static final String ID = "sandbox";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Sandbox (paper trading)";
    }

    @Override
    public String version() {
        Properties properties = new Properties();
        try (InputStream in = SandboxBrokerPlugin.class.getResourceAsStream("plugin.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sandbox plugin's version", e);
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.ORDERS, Capability.ORDER_MANAGEMENT);
    }

    /**
     * The adapter over the host's durable store, so the book survives a restart. A host without one
     * still gets a working sandbox, with its book in memory, and a warning saying so.
     */
    @Override
    public BrokerAdapter create(BrokerContext context) {
        System.Logger logger = offered(context::logger)
                .orElseGet(() -> System.getLogger(SandboxBrokerPlugin.class.getName()));
        DurableStore store = offered(context::store).orElseGet(() -> {
            logger.log(System.Logger.Level.WARNING, "The host offers no durable store: sandbox orders are kept"
                    + " in memory only and are lost when the gateway stops");
            return new MemoryOnlyStore();
        });
        return new SandboxBroker(context.clock(), new SandboxOrderStore(store));
    }

    /** What the context offers, or empty where it keeps BrokerContext's default of refusing. */
    private static <T> Optional<T> offered(Supplier<T> capability) {
        try {
            return Optional.of(capability.get());
        } catch (UnsupportedOperationException notOffered) {
            return Optional.empty();
        }
    }
}
