package io.algogate.gateway.infrastructure.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Reads typed security settings, failing start-up with the key named when a value is wrong. */
public final class SettingValues {

    private SettingValues() {
    }

    /** An ISO-8601 duration such as {@code PT24H}, greater than zero. */
    public static Duration positiveDuration(GatewaySettings settings, String key, Duration defaultValue) {
        String text = settings.optional(key).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        try {
            Duration value = Duration.parse(text);
            if (!value.isNegative() && !value.isZero()) {
                return value;
            }
        } catch (DateTimeParseException e) {
            // reported below, with the key
        }
        throw new IllegalStateException(key + " must be a positive ISO-8601 duration such as PT24H, not '"
                + text + "'");
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int intInRange(GatewaySettings settings, String key, int defaultValue, int min, int max) {
        String text = settings.optional(key).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the key
        }
        throw new IllegalStateException(key + " must be a whole number from " + min + " to " + max
                + ", not '" + text + "'");
    }
}
