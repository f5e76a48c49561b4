package io.algogate.broker.sandbox;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.Capability;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;

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

    @Override
    public BrokerAdapter create(BrokerContext context) {
        return new SandboxBroker(context.clock());
    }
}
