package io.algogate.security.filters;

import java.util.Optional;
import java.util.function.Function;

/**
 * How large a request body may be.
 *
 * @param maxBodyBytes the most bytes a body may have; larger ones are refused with 413
 */
public record RequestLimitsPolicy(long maxBodyBytes) {

    public static final String MAX_BODY_BYTES_KEY = "algogate.request.max-body-bytes";
    /** 1 MiB: far above any order or basket, far below what would strain the heap. */
    public static final long DEFAULT_MAX_BODY_BYTES = 1_048_576;

    public RequestLimitsPolicy {
        if (maxBodyBytes <= 0) {
            throw new IllegalStateException(
                    MAX_BODY_BYTES_KEY + " must be a positive number of bytes, not " + maxBodyBytes);
        }
    }

    public static RequestLimitsPolicy defaults() {
        return new RequestLimitsPolicy(DEFAULT_MAX_BODY_BYTES);
    }

    /** Reads {@code algogate.request.max-body-bytes}; a blank value counts as absent. */
    public static RequestLimitsPolicy fromConfig(Function<String, Optional<String>> lookup) {
        Optional<String> value = lookup.apply(MAX_BODY_BYTES_KEY).map(String::strip).filter(v -> !v.isEmpty());
        try {
            return new RequestLimitsPolicy(value.map(Long::parseLong).orElse(DEFAULT_MAX_BODY_BYTES));
        } catch (NumberFormatException notANumber) {
            throw new IllegalStateException(
                    MAX_BODY_BYTES_KEY + " must be a number of bytes, not '" + value.get() + "'");
        }
    }
}
