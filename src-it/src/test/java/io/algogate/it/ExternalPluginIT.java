package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.PluginJarBuilder;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A third party's plugin jar dropped into the plugins directory is found at the next start and,
 * once the admin makes it the active broker, serves orders; a broken jar beside it is refused with a
 * log line naming it, and the gateway starts all the same.
 */
class ExternalPluginIT {

    private static final Path PLUGINS = Path.of(System.getProperty("it.home", "target/it-home")).resolve("plugins");
    private static final Path MESSAGES = Path.of(System.getProperty("it.log.dir", "target/liberty/wlp/usr/servers/algogate-it/logs"))
            .resolve("messages.log");

    private static final String PLUGIN = """
            package com.example.fixture;

            import io.algogate.broker.spi.*;
            import java.util.List;
            import java.util.concurrent.CopyOnWriteArrayList;
            import java.util.concurrent.atomic.AtomicInteger;

            public final class FixturePlugin implements BrokerPlugin {
                public String id() { return "fixture-broker"; }
                public String displayName() { return "Fixture broker"; }
                public String version() { return "7.1.0"; }
                public BrokerAdapter create(BrokerContext context) { return new Desk(context); }

                static final class Desk implements BrokerAdapter, OrderEntry, OrderBookSource {
                    private final BrokerContext context;
                    private final AtomicInteger next = new AtomicInteger();
                    private final List<Order> orders = new CopyOnWriteArrayList<>();
                    Desk(BrokerContext context) { this.context = context; }
                    public OrderAck placeOrder(OrderRequest r) {
                        String id = "FX-" + next.incrementAndGet();
                        orders.add(new Order(id, r.strategy(), r.exchange(), r.symbol(), r.action(), r.quantity(),
                                r.priceType(), r.product(), r.price(), r.triggerPrice(), OrderStatus.OPEN,
                                context.clock().instant()));
                        return new OrderAck(id);
                    }
                    public List<Order> orderBook() { return List.copyOf(orders); }
                }
            }
            """;

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void aDroppedInJarServesOrdersAfterARestartAndABrokenOneIsRefused() throws Exception {
        PluginJarBuilder.build(PLUGINS.resolve("fixture-broker.jar"),
                Map.of("com.example.fixture.FixturePlugin", PLUGIN), "com.example.fixture.FixturePlugin");
        PluginJarBuilder.buildBroken(PLUGINS.resolve("broken-broker.jar"), "com.example.broken.MissingPlugin");
        ItServer.stop();
        ItServer.start();

        assertTrue(Files.readString(MESSAGES).lines().anyMatch(line -> line.contains("broken-broker.jar")
                && line.contains("MissingPlugin")), "one log line names the broken jar and the cause");
        Admin admin = new Admin();
        var plugins = Json.parseArray(admin.browser().get("/admin/api/plugins").body());
        JsonObject fixture = plugins.stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("id").equals("fixture-broker")).findFirst().orElseThrow();
        assertEquals("7.1.0", fixture.getString("version"));
        assertTrue(fixture.getString("source").endsWith("fixture-broker.jar"), fixture.toString());
        assertEquals("AVAILABLE", fixture.getString("status"));
        assertFalse(plugins.toString().contains("broken"), "the broken jar is not listed");
        assertTrue(Json.parse(admin.browser().get("/admin/api/audit?size=500").body()).getJsonArray("entries")
                .getValuesAs(JsonObject.class).stream().anyMatch(row -> row.getString("event").equals("PLUGIN_LOAD_FAILED")
                        && row.getString("detail").startsWith("broken-broker.jar: ")), "the refusal is in the audit trail");

        String key = Installation.liveApiKey();
        try {
            // The admin's page lists it and makes it the active broker.
            HttpResponse<String> page = admin.browser().get("/app/plugins");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<td class=\"plugin-id\">fixture-broker</td>"), page.body());
            assertTrue(page.body().contains("fixture-broker.jar"), page.body());
            HttpResponse<String> activated = admin.browser().postForm("/app/plugins",
                    Map.of("_csrf", WebClient.csrfToken(page), "id", "fixture-broker"));
            assertEquals(200, activated.statusCode(), activated.body());
            assertTrue(activated.body().contains("The active broker is now fixture-broker."), activated.body());
            HttpResponse<String> placed = new WebClient().postJson("/api/v1/placeorder", "{\"apikey\":\"" + key + "\","
                    + "\"strategy\":\"plugin\",\"exchange\":\"NSE\",\"symbol\":\"TCS\",\"action\":\"BUY\",\"quantity\":\"3\","
                    + "\"pricetype\":\"LIMIT\",\"price\":\"3500\"}");
            assertEquals(200, placed.statusCode(), placed.body());
            assertEquals("FX-1", Json.parse(placed.body()).getString("orderid"), "the dropped-in plugin served it");
            HttpResponse<String> book = new WebClient().postJson("/api/v1/orderbook", "{\"apikey\":\"" + key + "\"}");
            assertTrue(book.body().contains("\"orderid\":\"FX-1\""), book.body());
            HttpResponse<String> ping = new WebClient().postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}");
            assertEquals("fixture-broker", Json.parse(ping.body()).getJsonObject("data").getString("broker"));
            assertEquals(400, admin.send("PUT", "/admin/api/plugins/active", "{\"id\":\"no-such-broker\"}").statusCode());
        } finally {
            assertEquals(200, admin.send("PUT", "/admin/api/plugins/active", "{\"id\":\"sandbox\"}").statusCode());
        }
    }
}
