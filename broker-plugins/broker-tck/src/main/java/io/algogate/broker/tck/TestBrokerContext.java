package io.algogate.broker.tck;

import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.DurableStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * The context {@link BrokerPluginTestKit} hands a plugin unless the test overrides
 * {@link BrokerPluginTestKit#context()}: a clock, the plugin's configuration, a logger and a durable
 * store (an {@link InMemoryDurableStore} unless the test passes its own). Everything else keeps
 * {@link BrokerContext}'s default of throwing {@link UnsupportedOperationException}, so a plugin that
 * needs more (an HTTP client, secrets) extends this class in its own test.
 */
public class TestBrokerContext implements BrokerContext {

    /**
     * The instant of {@link #withDefaults(String)}'s clock: a weekday morning in market hours (IST),
     * fixed so ids and timestamps derived from it are reproducible.
     */
    public static final Instant DEFAULT_INSTANT = Instant.parse("2026-12-04T05:00:00Z");

    private final Clock clock;
    private final Map<String, String> config;
    private final System.Logger logger;
    private final DurableStore store;

    /** A context with the given clock, configuration (copied) and logger, and an empty store of its own. */
    public TestBrokerContext(Clock clock, Map<String, String> config, System.Logger logger) {
        this(clock, config, logger, new InMemoryDurableStore());
    }

    /**
     * A context with the given store: pass one store to two contexts to see what a plugin keeps across
     * a restart of the gateway, which creates the adapter anew over the same store.
     */
    public TestBrokerContext(Clock clock, Map<String, String> config, System.Logger logger, DurableStore store) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Map.copyOf(config);
        this.logger = Objects.requireNonNull(logger, "logger");
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * A context with a clock fixed at {@link #DEFAULT_INSTANT}, empty configuration, a logger named
     * after the plugin and an empty {@link InMemoryDurableStore}.
     */
    public static TestBrokerContext withDefaults(String pluginId) {
        return new TestBrokerContext(Clock.fixed(DEFAULT_INSTANT, ZoneOffset.UTC), Map.of(),
                System.getLogger("io.algogate.broker.tck." + pluginId));
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> config() {
        return config;
    }

    @Override
    public System.Logger logger() {
        return logger;
    }

    @Override
    public DurableStore store() {
        return store;
    }
}
