package io.algogate.security.filters;

import java.util.Locale;

/**
 * The rate-limit classes (D11); each limited request is in exactly one. Requests in none (dashboard
 * pages, static files) are not rate limited.
 */
public enum RouteClass {
    /** Login, the TOTP step, the broker login callback. */
    LOGIN,
    /** Password reset. */
    RESET,
    /** placeorder, modifyorder, cancelorder, optionsorder, optionsmultiorder, the GTT order routes. */
    ORDER,
    /** placesmartorder. */
    SMART,
    /** Every other {@code /api/v1} route. */
    API,
    /** Strategy webhooks (TradingView, ChartInk). */
    WEBHOOK,
    /** WebSocket upgrades. */
    WS,
    /**
     * Content Security Policy violation reports: not in OpenAlgo, but a browser endpoint anyone can
     * post to, so it gets a bound of its own.
     */
    REPORT;

    /** The configuration key's last part: {@code algogate.ratelimit.<name>}. */
    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
