package io.algogate.broker.kite;

import java.time.Duration;
import java.util.Map;

/**
 * The plugin's configuration, read once from {@code BrokerContext.config()}. Missing credentials are
 * not an error here: the gateway may activate the plugin before the admin has entered them, and each
 * call then refuses with a clear message instead.
 */
record KiteConfig(String apiKey, String apiSecret, String baseUrl, String loginUrl, Duration requestTimeout,
        int ordersPerSecond, Duration downloadTimeout) {

    static final String DEFAULT_BASE_URL = "https://api.kite.trade";
    static final String DEFAULT_LOGIN_URL = "https://kite.zerodha.com/connect/login";
    static final long DEFAULT_TIMEOUT_MILLIS = 10_000;
    /** The whole instrument list (tens of megabytes) must arrive within this. */
    static final long DEFAULT_DOWNLOAD_TIMEOUT_MILLIS = 120_000;
    /** Kite's documented order rate limit. */
    static final int DEFAULT_ORDERS_PER_SECOND = 10;

    static KiteConfig from(Map<String, String> config) {
        return new KiteConfig(
                config.getOrDefault("api-key", ""),
                config.getOrDefault("api-secret", ""),
                stripTrailingSlash(config.getOrDefault("base-url", DEFAULT_BASE_URL)),
                config.getOrDefault("login-url", DEFAULT_LOGIN_URL),
                Duration.ofMillis(positiveLong(config.get("timeout-millis"), DEFAULT_TIMEOUT_MILLIS)),
                (int) positiveLong(config.get("orders-per-second"), DEFAULT_ORDERS_PER_SECOND),
                Duration.ofMillis(positiveLong(config.get("download-timeout-millis"), DEFAULT_DOWNLOAD_TIMEOUT_MILLIS)));
    }

    /** Never prints the secret: records put every component into toString. */
    @Override
    public String toString() {
        return "KiteConfig[apiKey=" + apiKey + ", baseUrl=" + baseUrl + ", loginUrl=" + loginUrl
                + ", requestTimeout=" + requestTimeout + ", ordersPerSecond=" + ordersPerSecond
                + ", downloadTimeout=" + downloadTimeout + ", apiSecret=***]";
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static long positiveLong(String value, long fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            return parsed > 0 ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
