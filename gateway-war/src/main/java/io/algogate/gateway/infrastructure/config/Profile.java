package io.algogate.gateway.infrastructure.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The deployment profile, from {@code algogate.profile}. */
public enum Profile {
    /** The default: generated secrets allowed, no test controls. */
    DEVELOPMENT,
    /** Set only by the build for the integration-test server: adds the test control endpoint. */
    TEST,
    /** Refuses unsafe settings at start-up. */
    PRODUCTION;

    public static Profile parse(String value) {
        String normalized = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(normalized)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("algogate.profile must be one of "
                        + Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")) + ", not '" + value + "'"));
    }
}
