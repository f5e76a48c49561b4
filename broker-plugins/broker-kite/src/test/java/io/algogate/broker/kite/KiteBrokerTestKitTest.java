package io.algogate.broker.kite;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerPlugin;
import io.algogate.broker.spi.BrokerSession;
import io.algogate.broker.tck.BrokerPluginTestKit;
import io.algogate.broker.tck.TestBrokerContext;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The Kite plugin passes the same test kit as every plugin, against a WireMock Kite whose order
 * endpoints keep state ({@link FakeKiteOrders}). The kit places 200 orders at once to test thread
 * safety, so this context raises {@code orders-per-second} above Kite's 10: the throttle has its own
 * test in {@link KiteBrokerTest}.
 */
class KiteBrokerTestKitTest extends BrokerPluginTestKit {

    private static final String API_KEY = "kit-api-key";
    private static final String ACCESS_TOKEN = "kit-access-token";
    /** The kit's clock (05:00 UTC) as Kite writes order timestamps: India's local time. */
    private static final String KIT_TIME_IN_INDIA = "2026-12-04 10:30:00";

    private static WireMockServer kite;

    @BeforeAll
    static void startFakeKite() {
        kite = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .extensions(new FakeKiteOrders("token " + API_KEY + ":" + ACCESS_TOKEN, KIT_TIME_IN_INDIA)));
        kite.start();
        // Every request matches; the extension decides the answer.
        kite.stubFor(any(anyUrl()).willReturn(ok()));
    }

    @AfterAll
    static void stopFakeKite() {
        kite.stop();
    }

    @Override
    protected BrokerPlugin plugin() {
        return new KiteBrokerPlugin();
    }

    @Override
    protected BrokerContext context() {
        Clock clock = Clock.fixed(TestBrokerContext.DEFAULT_INSTANT, ZoneOffset.UTC);
        Map<String, String> config = Map.of(
                "api-key", API_KEY,
                "api-secret", "kit-api-secret",
                "base-url", kite.baseUrl(),
                "orders-per-second", "10000");
        BrokerSession session = new BrokerSession(ACCESS_TOKEN,
                TestBrokerContext.DEFAULT_INSTANT.plus(Duration.ofHours(19)), "XX0000");
        return new KiteTestContext(clock, config, session);
    }
}
