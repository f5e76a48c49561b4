package io.algogate.security.filters;

import java.util.Optional;
import java.util.Set;

/**
 * Puts a request in its rate-limit class (D11) by method and context-relative path. A trailing slash
 * does not make a different route, so it cannot be used to reach an unmetered path.
 */
public final class RouteClassifier {

    private static final String API_V1 = "/api/v1";
    private static final String API_V1_PREFIX = API_V1 + "/";

    private static final Set<String> ORDER_ROUTES = Set.of("placeorder", "modifyorder", "cancelorder",
            "optionsorder", "optionsmultiorder", "placegttorder", "modifygttorder", "cancelgttorder");
    private static final String SMART_ROUTE = "placesmartorder";

    /** OpenAlgo's {@code /api/v1} routes, below the prefix; {@code ticker/<symbol>} is matched apart. */
    private static final Set<String> KNOWN_API_ROUTES = Set.of("placeorder", "placesmartorder", "modifyorder",
            "cancelorder", "cancelallorder", "closeposition", "basketorder", "splitorder", "optionsorder",
            "optionsmultiorder", "placegttorder", "modifygttorder", "cancelgttorder", "gttorderbook",
            "orderstatus", "openposition", "orderbook", "tradebook", "positionbook", "holdings", "funds",
            "margin", "quotes", "multiquotes", "depth", "history", "intervals", "symbol", "search", "expiry",
            "instruments", "optionsymbol", "optionchain", "syntheticfuture", "optiongreeks",
            "multioptiongreeks", "market/holidays", "market/timings", "analyzer", "analyzer/toggle",
            "pnl/symbols", "chart", "ping");
    private static final String TICKER_PREFIX = "ticker/";
    /**
     * OpenAlgo's route families this gateway answers with an explanatory 404 (Telegram, WhatsApp,
     * portfolio, SIP): known, so a client with a valid key is authenticated and not taken for a scanner.
     */
    private static final Set<String> OUT_OF_SCOPE_FAMILIES = Set.of("telegram", "whatsapp", "portfolio", "sip");

    private static final String LOGIN = "/app/login";
    private static final String LOGIN_TOTP = "/app/login/totp";
    private static final String BROKER_CALLBACK = "/app/broker/callback";
    private static final String RESET_PASSWORD = "/app/reset-password";
    private static final String STRATEGY_WEBHOOK = "/strategy/webhook";
    private static final String CHARTINK_WEBHOOK = "/chartink/webhook";

    private RouteClassifier() {
    }

    /**
     * The class of a request, or empty for requests that are not rate limited (dashboard pages, static
     * files).
     *
     * @param path the path below the context root, e.g. {@code /api/v1/placeorder}
     */
    public static Optional<RouteClass> classify(String method, String path, boolean webSocketUpgrade) {
        if (webSocketUpgrade) {
            return Optional.of(RouteClass.WS);
        }
        String route = normalize(path);
        boolean post = "POST".equals(method);
        if (post && (route.equals(LOGIN) || route.equals(LOGIN_TOTP)) || isAtOrUnder(route, BROKER_CALLBACK)) {
            return Optional.of(RouteClass.LOGIN);
        }
        if (post && isAtOrUnder(route, RESET_PASSWORD)) {
            return Optional.of(RouteClass.RESET);
        }
        // /api/v1 itself is metered too: every request that reaches the API costs the API's budget.
        if (isAtOrUnder(route, API_V1)) {
            String apiRoute = route.length() > API_V1.length() ? route.substring(API_V1_PREFIX.length()) : "";
            if (ORDER_ROUTES.contains(apiRoute)) {
                return Optional.of(RouteClass.ORDER);
            }
            return Optional.of(SMART_ROUTE.equals(apiRoute) ? RouteClass.SMART : RouteClass.API);
        }
        if (isAtOrUnder(route, STRATEGY_WEBHOOK) || isAtOrUnder(route, CHARTINK_WEBHOOK)) {
            return Optional.of(RouteClass.WEBHOOK);
        }
        if (route.equals(SecurityHeadersPolicy.REPORT_PATH)) {
            return Optional.of(RouteClass.REPORT);
        }
        return Optional.empty();
    }

    /** Whether the path is one of OpenAlgo's {@code /api/v1} routes (a trailing slash allowed). */
    public static boolean isKnownApiRoute(String path) {
        String route = normalize(path);
        if (!route.startsWith(API_V1_PREFIX)) {
            return false;
        }
        String apiRoute = route.substring(API_V1_PREFIX.length());
        return KNOWN_API_ROUTES.contains(apiRoute)
                || apiRoute.startsWith(TICKER_PREFIX) && apiRoute.length() > TICKER_PREFIX.length()
                || OUT_OF_SCOPE_FAMILIES.stream().anyMatch(family -> isAtOrUnder(apiRoute, family));
    }

    /** Drops one trailing slash ({@code /api/v1/funds/} is {@code /api/v1/funds}); {@code /} stays. */
    public static String normalize(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static boolean isAtOrUnder(String route, String base) {
        return route.equals(base) || route.startsWith(base + "/");
    }
}
