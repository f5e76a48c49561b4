package io.algogate.broker.sandbox;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.Capability;
import io.algogate.broker.spi.DurableStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The paper-trading broker: AlgoGate's default, so the gateway is useful with no broker account. It
 * behaves like OpenAlgo's sandbox: a built-in instrument list ({@link SandboxInstruments}), a
 * deterministic price feed ({@link RandomWalkFeed}), fills by OpenAlgo's rules ({@link FillRules},
 * {@link FillEngine}), position netting ({@link PositionBook}), a funds ledger with margin per
 * leverage ({@link FundsLedger}), the MIS square-off and GTTs, SINGLE and OCO, fired by the feed
 * ({@link GttTriggers}; a GTT without an expiry lives a year, as at Kite), all of its state in the host's durable store
 * ({@link SandboxOrderStore} lists the keys).
 *
 * <p>Configuration, keys under {@code algogate.broker.sandbox.} (OpenAlgo's sandbox defaults):
 * <ul>
 * <li>{@code starting-capital}: 10000000 (read once, when the ledger is first opened in the store);</li>
 * <li>{@code leverage.equity-mis} 5, {@code leverage.equity-cnc} 1 (also equity NRML),
 * {@code leverage.futures} 10, {@code leverage.option-buy} 1, {@code leverage.option-sell} 1:
 * margin = trade value / leverage;</li>
 * <li>{@code square-off-time.nse} 15:15 (NSE, BSE, NFO, BFO), {@code square-off-time.cds} 16:45 (CDS,
 * BCD), {@code square-off-time.mcx} 23:30, {@code square-off-time.ncdex} 17:00: MIS square-off, IST,
 * {@code HH:mm};</li>
 * <li>{@code feed.seed} 20251230: the random walk's seed; {@code feed.tick-seconds} 1: the feed ticks
 * once every so many seconds of the context clock; {@code feed.daily-volatility} 0.012: the walk's
 * standard deviation over a trading day, as a fraction of the price;</li>
 * <li>{@code stream-interval-millis}: the feed tick in milliseconds: how often the market stream
 * pushes a tick of every subscribed instrument (and, while order updates are listened to, catches the
 * book up so resting orders fill and are reported); at least 10. Undotted, so the environment can set it
 * ({@code ALGOGATE_BROKER_SANDBOX_STREAM_INTERVAL_MILLIS}).</li>
 * </ul>
 *
 * <p>Simplifications, on purpose: the feed ticks around the clock (no market hours, weekends or
 * holidays), though its history ({@link SandboxHistory}) shows NSE's weekday sessions; orders fill
 * whole; expired contracts are not settled; CNC longs count as holdings from the day after they were
 * opened, with no separate demat ledger; the order, trade and position books are never purged by day.
 */
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
        return EnumSet.of(Capability.ORDERS, Capability.ORDER_MANAGEMENT, Capability.BOOKS, Capability.MARKET_DATA,
                Capability.HISTORY, Capability.INSTRUMENTS, Capability.MARGIN, Capability.GTT, Capability.STREAMING);
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
        SandboxConfig config = SandboxConfig.from(offered(context::config).orElse(Map.of()));
        return create(context.clock(), store, config,
                new RandomWalkFeed(config.feedSeed(), config.tickSeconds(), config.dailyVolatility()));
    }

    /** The adapter over a given feed: tests set prices through it. */
    static SandboxBroker create(Clock clock, DurableStore store, SandboxConfig config, PriceFeed feed) {
        return new SandboxBroker(new SandboxMarket(clock, feed, config.tickSeconds()), new SandboxOrderStore(store),
                config, true);
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
