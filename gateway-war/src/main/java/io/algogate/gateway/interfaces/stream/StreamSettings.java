package io.algogate.gateway.interfaces.stream;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The streaming endpoint's settings (defaults are OpenAlgo's): {@value #AUTH_TIMEOUT} (PT15S,
 * {@code WS_AUTH_GRACE_SECONDS}), {@value #QUEUE_CAPACITY} (1024 messages, {@code WS_MAX_QUEUE}) and
 * {@value #MAX_SUBSCRIPTIONS} (1000 instrument-mode pairs a connection, {@code MAX_SYMBOLS_PER_WEBSOCKET}).
 */
record StreamSettings(Duration authTimeout, int queueCapacity, int maxSubscriptions) {

    static final String AUTH_TIMEOUT = "algogate.ws.auth-timeout";
    static final String QUEUE_CAPACITY = "algogate.ws.queue-capacity";
    static final String MAX_SUBSCRIPTIONS = "algogate.ws.max-subscriptions";

    StreamSettings {
        if (authTimeout.isNegative() || authTimeout.isZero() || authTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalStateException(AUTH_TIMEOUT + " must be positive and at most PT5M");
        }
        if (queueCapacity < 1 || queueCapacity > 1_000_000) {
            throw new IllegalStateException(QUEUE_CAPACITY + " must be 1 to 1000000");
        }
        if (maxSubscriptions < 1 || maxSubscriptions > 100_000) {
            throw new IllegalStateException(MAX_SUBSCRIPTIONS + " must be 1 to 100000");
        }
    }

    /** From configuration; a malformed value stops start-up with its key named. */
    static StreamSettings fromConfig(Function<String, Optional<String>> lookup) {
        return new StreamSettings(duration(lookup, AUTH_TIMEOUT, "PT15S"), number(lookup, QUEUE_CAPACITY, 1024),
                number(lookup, MAX_SUBSCRIPTIONS, 1000));
    }

    private static Duration duration(Function<String, Optional<String>> lookup, String key, String fallback) {
        String text = lookup.apply(key).map(String::trim).orElse(fallback);
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(key + " is not an ISO-8601 duration: " + text, e);
        }
    }

    private static int number(Function<String, Optional<String>> lookup, String key, int fallback) {
        String text = lookup.apply(key).map(String::trim).orElse(Integer.toString(fallback));
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(key + " is not a whole number: " + text, e);
        }
    }
}
