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
    PRODUCTION,
    /**
     * For {@code bench/} only: adds the bare {@code /__bench/placeorder} endpoint that skips the
     * security chain, so the chain's cost can be measured against it. {@link StartupChecks} refuses
     * it unless the broker is the sandbox and the gateway is addressed on loopback.
     */
    BENCH;

    /** Whether this profile opens the test control endpoint ({@code /__test}). */
    public boolean testControls() {
        return this == TEST;
    }

    /** Whether this profile opens the bare benchmark endpoint ({@code /__bench}). */
    public boolean benchEndpoint() {
        return this == BENCH;
    }

    public static Profile parse(String value) {
        String normalized = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.name().equals(normalized)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("algogate.profile must be one of "
                        + Arrays.stream(values()).map(p -> p.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")) + ", not '" + value + "'"));
    }
}
