package io.algogate.gateway.interfaces.web;

import java.util.Optional;

/** The dashboard's colour themes; {@code SYSTEM} follows the browser's {@code prefers-color-scheme}. */
enum Theme {
    LIGHT, DARK, SYSTEM;

    String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Theme> parse(String value) {
        for (Theme theme : values()) {
            if (theme.cssName().equals(value)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
