package io.algogate.gateway.infrastructure.plugins;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerSpi;
import io.algogate.gateway.infrastructure.config.MapSettings;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import io.algogate.broker.spi.BrokerSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every plugin the host creates gets stores bound to its own id and the one shared HTTP client. */
class HostBrokerContextTest {

    @Test
    void eachPluginGetsItsOwnStoresAndTheSharedHttpClient() {
        BrokerPluginHost host = new BrokerPluginHost();
        host.settings = new MapSettings(Map.of("algogate.broker.alpha.user", "ab12"));
        host.clock = Clock.systemUTC();
        PluginHostFixtures.giveStores(host);
        BrokerSession alphaSession = new BrokerSession("alpha-access", Instant.parse("2026-12-05T00:30:00Z"), "AB12");
        Map<String, BrokerSession> live = new java.util.concurrent.ConcurrentHashMap<>(Map.of("alpha", alphaSession));
        host.brokerSessions = brokerId -> Optional.ofNullable(live.get(brokerId));
        RecordingPlugin alpha = new RecordingPlugin("alpha");
        RecordingPlugin beta = new RecordingPlugin("beta");

        // start() would also build the shared client; the discovery it runs is tested elsewhere.
        host.pluginHttpClient = BrokerPluginHost.newPluginHttpClient();
        host.createAdapter(LoadedPlugin.builtIn(alpha));
        host.createAdapter(LoadedPlugin.builtIn(beta));
        BrokerContext alphaContext = alpha.contexts.get(0);
        BrokerContext betaContext = beta.contexts.get(0);

        alphaContext.store().put("cursor", "7".getBytes(UTF_8));
        alphaContext.secrets().put("token", "alpha-token");
        assertEquals(Optional.empty(), betaContext.store().get("cursor"));
        assertEquals(Optional.empty(), betaContext.secrets().get("token"));
        assertEquals(Optional.of("alpha-token"), alphaContext.secrets().get("token"));
        assertEquals(Map.of("user", "ab12"), alphaContext.config());
        assertEquals(Optional.of(alphaSession), alphaContext.brokerSession());
        assertEquals(Optional.empty(), betaContext.brokerSession(), "a plugin sees only its own broker's session");
        live.clear();
        assertEquals(Optional.empty(), alphaContext.brokerSession(), "a session the host ended is gone at once");

        HttpClient client = alphaContext.httpClient();
        assertSame(client, betaContext.httpClient(), "one client, one connection pool");
        assertEquals(Optional.of(Duration.ofSeconds(10)), client.connectTimeout());
        assertEquals(HttpClient.Redirect.NORMAL, client.followRedirects());
    }

    /** Keeps the context it was created with. */
    private static final class RecordingPlugin extends BrokerPluginDiscoveryTest.TestPlugin {
        final List<BrokerContext> contexts = new ArrayList<>();

        RecordingPlugin(String id) {
            super(id, BrokerSpi.VERSION);
        }

        @Override
        public BrokerAdapter create(BrokerContext context) {
            contexts.add(context);
            return new BrokerAdapter() {
            };
        }
    }
}
