package io.algogate.gateway.interfaces.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.OrderUpdate;
import io.algogate.broker.spi.OrderUpdateListener;
import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.spi.Tick;
import io.algogate.broker.spi.TickListener;
import io.algogate.gateway.interfaces.stream.MarketDataFanOut.Topic;
import io.algogate.security.filters.ApiKeyVerifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamSessionTest {

    private static final String KEY = "a".repeat(64);
    private static final Instant NOW = Instant.parse("2026-12-04T05:00:00Z");

    private final Map<Topic, TickListener> upstream = new HashMap<>();
    private final OrderUpdateListener[] orderUpstream = new OrderUpdateListener[1];
    private final MarketDataFanOut market = new MarketDataFanOut((topic, listener) -> {
        upstream.put(topic, listener);
        return () -> upstream.remove(topic);
    }, StreamMessages::marketData);
    private final OrderUpdateFanOut orders = new OrderUpdateFanOut(listener -> {
        orderUpstream[0] = listener;
        return () -> orderUpstream[0] = null;
    }, (update, user) -> StreamMessages.orderUpdate(update, "sandbox", user));
    private final ApiKeyVerifier verifier = key -> KEY.equals(key) ? new ApiKeyVerifier.Verdict(
            ApiKeyVerifier.Verdict.Status.VALID, 1) : ApiKeyVerifier.Verdict.invalid();
    private final FakeTransport socket = new FakeTransport();
    private final StreamSession session = new StreamSession(new OutboundQueue(socket, 100), new StreamServices(
            verifier, market, orders, "sandbox", id -> "admin", Clock.fixed(NOW, ZoneOffset.UTC), 2));

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private JsonObject reply() {
        return json(socket.last());
    }

    private void authenticate() {
        session.onText("{\"action\":\"authenticate\",\"api_key\":\"" + KEY + "\"}");
    }

    @Test
    void aClientThatHasNotAuthenticatedByTheDeadlineIsClosedWith4401() {
        session.onText("{\"action\":\"ping\"}");
        session.authDeadlinePassed();
        assertEquals(StreamSession.AUTH_TIMEOUT, socket.closeCode);
        assertEquals("auth timeout", socket.closeReason);
    }

    @Test
    void anAuthenticatedClientOutlivesTheDeadline() {
        authenticate();
        session.authDeadlinePassed();
        assertEquals(0, socket.closes);
        JsonObject auth = reply();
        assertEquals("auth", auth.getString("type"));
        assertEquals("success", auth.getString("status"));
        assertEquals("Authentication successful", auth.getString("message"));
        assertEquals("sandbox", auth.getString("broker"));
        assertEquals("admin", auth.getString("user_id"));
        assertTrue(auth.getJsonObject("supported_features").getBoolean("depth"));
    }

    @Test
    void everythingButAuthenticateAndPingWaitsForAuthentication() {
        session.onText("{\"action\":\"subscribe\",\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"mode\":1}");
        assertEquals("error", reply().getString("status"));
        assertEquals("NOT_AUTHENTICATED", reply().getString("code"));
        assertTrue(upstream.isEmpty());

        session.onText("{\"action\":\"authenticate\",\"api_key\":\"wrong\"}");
        assertEquals("AUTHENTICATION_ERROR", reply().getString("code"));
        assertEquals("Invalid openalgo apikey", reply().getString("message"));
        assertFalse(session.authenticated());

        session.onText("{\"action\":\"ping\"}");
        assertEquals("pong", reply().getString("type"));
        assertEquals(NOW.toEpochMilli(), reply().getJsonNumber("server_timestamp").longValue());
    }

    @Test
    void subscribeDeliversTicksAndUnsubscribeStopsThem() {
        authenticate();
        session.onText("{\"action\":\"subscribe\",\"symbols\":[{\"symbol\":\"SBIN\",\"exchange\":\"NSE\"}],\"mode\":\"LTP\"}");
        JsonObject subscribed = reply();
        assertEquals("subscribe", subscribed.getString("type"));
        assertEquals("success", subscribed.getJsonArray("subscriptions").getJsonObject(0).getString("status"));

        Topic sbin = new Topic(new SymbolRef("NSE", "SBIN"), StreamMode.LTP);
        upstream.get(sbin).onTick(new Tick(sbin.symbol(), StreamMode.LTP, new BigDecimal("801.50"), NOW, null, null));
        JsonObject tick = reply();
        assertEquals("market_data", tick.getString("type"));
        assertEquals("SBIN", tick.getString("symbol"));
        assertEquals("NSE", tick.getString("exchange"));
        assertEquals(1, tick.getInt("mode"));
        assertEquals(new BigDecimal("801.50"), tick.getJsonObject("data").getJsonNumber("ltp").bigDecimalValue());
        assertEquals(NOW.toEpochMilli(), tick.getJsonObject("data").getJsonNumber("timestamp").longValue());

        session.onText("{\"action\":\"unsubscribe\",\"symbols\":[{\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"mode\":1}]}");
        assertEquals("unsubscribe", reply().getString("type"));
        assertTrue(upstream.isEmpty(), "the only client left, so the upstream subscription closed");
    }

    @Test
    void subscriptionsAreCappedPerConnection() {
        authenticate();
        session.onText("{\"action\":\"subscribe\",\"symbols\":[{\"symbol\":\"SBIN\",\"exchange\":\"NSE\"},"
                + "{\"symbol\":\"INFY\",\"exchange\":\"NSE\"},{\"symbol\":\"TCS\",\"exchange\":\"NSE\"}],\"mode\":1}");
        var entries = reply().getJsonArray("subscriptions");
        assertEquals("success", entries.getJsonObject(1).getString("status"));
        assertEquals("error", entries.getJsonObject(2).getString("status"));
        assertEquals(2, upstream.size());
    }

    @Test
    void orderUpdatesReachSubscribersAndAClosedSocketReleasesEverything() {
        authenticate();
        session.onText("{\"action\":\"subscribe\",\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"mode\":3}");
        session.onText("{\"action\":\"subscribe_orders\"}");
        assertEquals("subscribe_orders", reply().getString("type"));

        orderUpstream[0].onOrderUpdate(new OrderUpdate("26120400000001", "NSE", "SBIN", Action.BUY,
                OrderStatus.COMPLETE, BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("800.05"), null, NOW));
        JsonObject update = reply();
        assertEquals("order_update", update.getString("type"));
        assertEquals("26120400000001", update.getString("orderid"));
        assertEquals("complete", update.getString("order_status"));
        assertEquals("admin", update.getString("user_id"));
        assertEquals(0, update.getJsonNumber("pending_quantity").intValue());

        session.closed();
        assertTrue(upstream.isEmpty());
        assertEquals(null, orderUpstream[0]);
    }
}
