package io.algogate.broker.tck;

import io.algogate.broker.spi.BrokerContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * The context {@link BrokerPluginTestKit} hands a plugin unless the test overrides
 * {@link BrokerPluginTestKit#context()}: a clock, the plugin's configuration and a logger. Everything
 * else keeps {@link BrokerContext}'s default of throwing {@link UnsupportedOperationException}, so a
 * plugin that needs more (an HTTP client, secrets, a store) extends this class in its own test.
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

    /** A context with the given clock, configuration (copied) and logger. */
    public TestBrokerContext(Clock clock, Map<String, String> config, System.Logger logger) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Map.copyOf(config);
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    /**
     * A context with a clock fixed at {@link #DEFAULT_INSTANT}, empty configuration and a logger
     * named after the plugin.
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
}
