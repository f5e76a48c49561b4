package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RouteClassifierTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "POST, /app/login,                     LOGIN",
        "POST, /app/login/,                    LOGIN",
        "POST, /app/login/totp,                LOGIN",
        "POST, /app/login/totp/,               LOGIN",
        "GET,  /app/broker/callback,           LOGIN",
        "GET,  /app/broker/callback/zerodha,   LOGIN",
        "POST, /app/broker/callback/zerodha/,  LOGIN",
        "POST, /app/reset-password,            RESET",
        "POST, /app/reset-password/,           RESET",
        "POST, /app/reset-password/verify,     RESET",
        "POST, /api/v1/placeorder,             ORDER",
        "POST, /api/v1/placeorder/,            ORDER",
        "POST, /api/v1/modifyorder,            ORDER",
        "POST, /api/v1/cancelorder,            ORDER",
        "POST, /api/v1/optionsorder,           ORDER",
        "POST, /api/v1/optionsmultiorder,      ORDER",
        "POST, /api/v1/placegttorder,          ORDER",
        "POST, /api/v1/modifygttorder,         ORDER",
        "POST, /api/v1/cancelgttorder/,        ORDER",
        "POST, /api/v1/placesmartorder,        SMART",
        "POST, /api/v1/placesmartorder/,       SMART",
        "POST, /api/v1/closeposition,          API",
        "POST, /api/v1/basketorder,            API",
        "POST, /api/v1/splitorder/,            API",
        "POST, /api/v1/orderstatus,            API",
        "POST, /api/v1/openposition,           API",
        "POST, /api/v1/tradebook,              API",
        "POST, /api/v1/positionbook,           API",
        "POST, /api/v1/holdings,               API",
        "POST, /api/v1/margin,                 API",
        "POST, /api/v1/gttorderbook,           API",
        "POST, /api/v1/analyzer,               API",
        "POST, /api/v1/analyzer/toggle/,       API",
        "POST, /api/v1/pnl/symbols,            API",
        "POST, /api/v1/telegram/notify,        API",
        "POST, /api/v1/funds,                  API",
        "POST, /api/v1/cancelallorder,         API",
        "POST, /api/v1/orderbook/,             API",
        "GET,  /api/v1/ticker/NSE:RELIANCE,    API",
        "POST, /api/v1/no-such-route,          API",
        "POST, /api/v1/placeorder/extra,       API",
        "GET,  /api/v1,                        API",
        "POST, /strategy/webhook/abc123,       WEBHOOK",
        "POST, /strategy/webhook/abc123/,      WEBHOOK",
        "POST, /chartink/webhook/abc123,       WEBHOOK",
    })
    void putsEachRouteInItsClass(String method, String path, RouteClass expected) {
        assertEquals(Optional.of(expected), RouteClassifier.classify(method, path, false));
    }

    @ParameterizedTest(name = "{0} {1} is not limited")
    @CsvSource({
        "GET,  /app/login",
        "GET,  /app/login/totp",
        "GET,  /app/reset-password",
        "GET,  /app/dashboard",
        "POST, /app/dashboard",
        "GET,  /static/css/app.css",
        "GET,  /",
        "GET,  ''",
        "POST, /app/loginx",
        "POST, /api/v10/placeorder",
        "POST, /strategy/webhookx",
    })
    void leavesOtherRoutesUnlimited(String method, String path) {
        assertEquals(Optional.empty(), RouteClassifier.classify(method, path, false));
    }

    @Test
    void everyWebSocketUpgradeIsWs() {
        assertEquals(Optional.of(RouteClass.WS), RouteClassifier.classify("GET", "/ws", true));
        assertEquals(Optional.of(RouteClass.WS), RouteClassifier.classify("GET", "/api/v1/placeorder", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/placeorder", "/api/v1/placeorder/", "/api/v1/placesmartorder",
        "/api/v1/cancelallorder", "/api/v1/closeposition", "/api/v1/basketorder", "/api/v1/splitorder",
        "/api/v1/gttorderbook", "/api/v1/orderstatus", "/api/v1/openposition", "/api/v1/tradebook",
        "/api/v1/positionbook", "/api/v1/holdings", "/api/v1/funds", "/api/v1/margin", "/api/v1/quotes",
        "/api/v1/multiquotes", "/api/v1/depth", "/api/v1/history", "/api/v1/intervals",
        "/api/v1/ticker/NSE:RELIANCE", "/api/v1/symbol", "/api/v1/search", "/api/v1/expiry",
        "/api/v1/instruments", "/api/v1/optionsymbol", "/api/v1/optionchain", "/api/v1/syntheticfuture",
        "/api/v1/optiongreeks", "/api/v1/multioptiongreeks", "/api/v1/market/holidays",
        "/api/v1/market/timings/", "/api/v1/analyzer", "/api/v1/analyzer/toggle", "/api/v1/pnl/symbols",
        "/api/v1/chart", "/api/v1/ping", "/api/v1/telegram/notify", "/api/v1/whatsapp/notify",
        "/api/v1/portfolio/backtest", "/api/v1/sip/frequencies", "/api/v1/sip"})
    void knowsOpenAlgosApiRoutes(String path) {
        assertTrue(RouteClassifier.isKnownApiRoute(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1", "/api/v1/", "/api/v1/ticker", "/api/v1/ticker/", "/api/v1/wp-admin",
        "/api/v1/market", "/api/v1/placeorder//", "/api/v2/funds", "/app/login", "/api/v1/Funds",
        "/api/v1/telegramx", "/api/v1/sipper"})
    void doesNotKnowOtherPaths(String path) {
        assertFalse(RouteClassifier.isKnownApiRoute(path), path);
    }

    @Test
    void normalizeDropsOneTrailingSlash() {
        assertEquals("/api/v1/funds", RouteClassifier.normalize("/api/v1/funds/"));
        assertEquals("/api/v1/funds/", RouteClassifier.normalize("/api/v1/funds//"));
        assertEquals("/api/v1/funds", RouteClassifier.normalize("/api/v1/funds"));
        assertEquals("/", RouteClassifier.normalize("/"));
        assertEquals("/", RouteClassifier.normalize(""));
    }
}
