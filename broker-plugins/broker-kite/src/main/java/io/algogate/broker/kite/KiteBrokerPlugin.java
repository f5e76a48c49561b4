package io.algogate.broker.kite;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.Capability;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;

/**
 * Zerodha Kite Connect v3: login, orders and order management, the trade, position and holdings books
 * and funds, quotes and market depth, historical candles (minute to day) and the instrument master.
 * Configuration (keys under {@code algogate.broker.kite.}): {@code api-key},
 * {@code api-secret}, {@code base-url} (default {@value KiteConfig#DEFAULT_BASE_URL}),
 * {@code login-url} (default {@value KiteConfig#DEFAULT_LOGIN_URL}), and for tests or tuning
 * {@code timeout-millis} (default 10000), {@code download-timeout-millis} (the whole instrument list,
 * default 120000) and {@code orders-per-second} (default 10, Kite's limit).
 */
public final class KiteBrokerPlugin implements BrokerPlugin {

    /** The id the host activates this broker by. */
    public static final String ID = "kite";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Zerodha Kite Connect";
    }

    @Override
    public String version() {
        Properties properties = new Properties();
        try (InputStream in = KiteBrokerPlugin.class.getResourceAsStream("plugin.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            // A version is informational; the dashboard shows "unknown" rather than failing discovery.
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.ORDERS, Capability.ORDER_MANAGEMENT, Capability.BOOKS, Capability.MARKET_DATA,
                Capability.HISTORY, Capability.INSTRUMENTS, Capability.LOGIN);
    }

    @Override
    public Set<String> exchanges() {
        return Set.of("NSE", "BSE", "NFO", "BFO", "CDS", "BCD", "MCX");
    }

    @Override
    public BrokerAdapter create(BrokerContext context) {
        return new KiteBroker(context);
    }
}
