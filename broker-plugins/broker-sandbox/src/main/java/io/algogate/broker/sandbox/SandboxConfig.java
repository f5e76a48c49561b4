package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.InstrumentType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The sandbox's settings, read from the plugin configuration (keys under
 * {@code algogate.broker.sandbox.}, prefix removed); defaults are OpenAlgo's sandbox's. The keys are
 * listed in {@link SandboxBrokerPlugin}'s Javadoc.
 */
record SandboxConfig(
        BigDecimal startingCapital,
        BigDecimal equityMisLeverage,
        BigDecimal equityCncLeverage,
        BigDecimal futuresLeverage,
        BigDecimal optionBuyLeverage,
        BigDecimal optionSellLeverage,
        Map<String, LocalTime> squareOffTimeByGroup,
        long feedSeed,
        long tickSeconds,
        double dailyVolatility,
        long streamIntervalMillis) {

    /** Exchange groups with one square-off time each, as OpenAlgo's square-off manager has them. */
    static final Map<String, String> GROUP_BY_EXCHANGE = Map.of(
            "NSE", "nse", "BSE", "nse", "NFO", "nse", "BFO", "nse",
            "CDS", "cds", "BCD", "cds", "MCX", "mcx", "NCDEX", "ncdex");

    SandboxConfig {
        squareOffTimeByGroup = Map.copyOf(squareOffTimeByGroup);
        if (tickSeconds <= 0) {
            throw new IllegalArgumentException("feed.tick-seconds must be positive");
        }
        if (streamIntervalMillis < 10) {
            throw new IllegalArgumentException("algogate.broker.sandbox.stream-interval-millis must be at least 10");
        }
    }

    static SandboxConfig defaults() {
        return from(Map.of());
    }

    /** Settings from configuration; a malformed value fails with the key named. */
    static SandboxConfig from(Map<String, String> config) {
        Objects.requireNonNull(config, "config");
        Map<String, LocalTime> squareOff = new LinkedHashMap<>();
        squareOff.put("nse", time(config, "square-off-time.nse", "15:15"));
        squareOff.put("cds", time(config, "square-off-time.cds", "16:45"));
        squareOff.put("mcx", time(config, "square-off-time.mcx", "23:30"));
        squareOff.put("ncdex", time(config, "square-off-time.ncdex", "17:00"));
        long tickSeconds = Long.parseLong(config.getOrDefault("feed.tick-seconds", "1"));
        return new SandboxConfig(
                positive(config, "starting-capital", "10000000"),
                positive(config, "leverage.equity-mis", "5"),
                positive(config, "leverage.equity-cnc", "1"),
                positive(config, "leverage.futures", "10"),
                positive(config, "leverage.option-buy", "1"),
                positive(config, "leverage.option-sell", "1"),
                squareOff,
                Long.parseLong(config.getOrDefault("feed.seed", "20251230")),
                tickSeconds,
                Double.parseDouble(config.getOrDefault("feed.daily-volatility", "0.012")),
                // One push per feed tick by default; the benchmark pushes faster to load the fan-out.
                Long.parseLong(config.getOrDefault("stream-interval-millis", Long.toString(tickSeconds * 1000))));
    }

    /** The leverage OpenAlgo's sandbox applies to an order of this kind. */
    BigDecimal leverage(InstrumentType type, Product product, Action action) {
        return switch (type) {
            case FUT -> futuresLeverage;
            case CE, PE -> action == Action.BUY ? optionBuyLeverage : optionSellLeverage;
            default -> product == Product.MIS ? equityMisLeverage : equityCncLeverage;
        };
    }

    /** The MIS square-off time of the exchange's group; null for an exchange with no MIS trading. */
    LocalTime squareOffTime(String exchange) {
        String group = GROUP_BY_EXCHANGE.get(exchange);
        return group == null ? null : squareOffTimeByGroup.get(group);
    }

    private static BigDecimal positive(Map<String, String> config, String key, String fallback) {
        BigDecimal value;
        try {
            value = new BigDecimal(config.getOrDefault(key, fallback).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("algogate.broker.sandbox." + key + " is not a number", e);
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("algogate.broker.sandbox." + key + " must be positive");
        }
        return value;
    }

    private static LocalTime time(Map<String, String> config, String key, String fallback) {
        return LocalTime.parse(config.getOrDefault(key, fallback).trim());
    }
}
