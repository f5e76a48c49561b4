package io.algogate.broker.kite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerSession;
import io.algogate.broker.tck.MutableClock;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A logged-in Kite adapter against WireMock serving Kite's documented answers (fixtures under
 * {@code kite/}, see its README), for the data-side tests.
 */
abstract class KiteStubTestBase {

    static final String AUTHORIZATION = "token xxx:XXXXXX";
    /** 10:30 in India on a weekday: market hours. */
    static final Instant MORNING = Instant.parse("2026-12-04T05:00:00Z");
    static final String SHORT_TIMEOUT_MILLIS = "200";

    /** Started once a test class, stubs and requests reset before each test. */
    @RegisterExtension
    static final WireMockExtension kite = WireMockExtension.newInstance()
            .options(WireMockConfiguration.options().dynamicPort()).build();

    MutableClock clock = new MutableClock(MORNING);
    private BrokerAdapter adapter;

    @AfterEach
    void closeAdapter() {
        if (adapter != null) {
            adapter.close();
        }
    }

    /** The adapter's capability, logged in with the documented placeholders {@code xxx} and {@code XXXXXX}. */
    <T> T capability(Class<T> type) throws BrokerException {
        return capability(type, Map.of());
    }

    /** As {@link #capability(Class)}; {@code extraConfig} counts on a test's first call, which creates the adapter. */
    <T> T capability(Class<T> type, Map<String, String> extraConfig) throws BrokerException {
        if (adapter == null) {
            Map<String, String> config = new HashMap<>(Map.of(
                    "api-key", "xxx",
                    "api-secret", "kite-test-api-secret",
                    "base-url", kite.baseUrl(),
                    "timeout-millis", "2000",
                    "download-timeout-millis", "5000"));
            config.putAll(extraConfig);
            BrokerSession session = new BrokerSession("XXXXXX", MORNING.plus(Duration.ofHours(20)), "XX0000");
            adapter = new KiteBrokerPlugin().create(new KiteTestContext(clock, config, session));
        }
        return adapter.capability(type);
    }

    static String fixture(String name) {
        try {
            return Files.readString(Path.of(KiteStubTestBase.class.getResource("/kite/" + name).toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read fixture " + name, e);
        }
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder okJson(String body) {
        return json(200, body);
    }

    static ResponseDefinitionBuilder csv(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/csv").withBody(body);
    }
}
