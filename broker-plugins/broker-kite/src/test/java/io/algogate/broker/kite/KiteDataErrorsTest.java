package io.algogate.broker.kite;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.DepthSource;
import io.algogate.broker.spi.FundsSource;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.HistorySource;
import io.algogate.broker.spi.HoldingsSource;
import io.algogate.broker.spi.InstrumentSource;
import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.PositionBookSource;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.spi.TradeBookSource;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every data endpoint maps an expired session, a malformed answer and a slow Kite the same way. */
class KiteDataErrorsTest extends KiteStubTestBase {

    private static final String MALFORMED_JSON = "{\"status\": \"success\", \"data\": [";
    private static final LocalDate DAY = LocalDate.of(2019, 12, 4);

    /** How a test reaches one endpoint through the adapter. */
    @FunctionalInterface
    interface Call {
        void on(KiteDataErrorsTest test) throws BrokerException;
    }

    /** A data endpoint: the path whose answer a test replaces, what a malformed answer is, and the call. */
    record Endpoint(String name, String path, String malformed, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("trades", "/trades", MALFORMED_JSON,
                        test -> test.capability(TradeBookSource.class).trades()),
                new Endpoint("positions", "/portfolio/positions", MALFORMED_JSON,
                        test -> test.capability(PositionBookSource.class).positions()),
                new Endpoint("holdings", "/portfolio/holdings", MALFORMED_JSON,
                        test -> test.capability(HoldingsSource.class).holdings()),
                new Endpoint("funds", "/user/margins", MALFORMED_JSON,
                        test -> test.capability(FundsSource.class).funds()),
                new Endpoint("depth", "/quote", MALFORMED_JSON,
                        test -> test.capability(DepthSource.class).depth(new SymbolRef("NSE", "INFY"))),
                new Endpoint("history", "/instruments/historical/408065/minute", MALFORMED_JSON,
                        test -> test.capability(HistorySource.class)
                                .history(new HistoryRequest(new SymbolRef("NSE", "INFY"), Interval.M1, DAY, DAY))),
                new Endpoint("history's instrument list", "/instruments/NSE", "instrument_token;tradingsymbol\n",
                        test -> test.capability(HistorySource.class)
                                .history(new HistoryRequest(new SymbolRef("NSE", "INFY"), Interval.M1, DAY, DAY))),
                new Endpoint("instruments", "/instruments", "instrument_token;tradingsymbol\n",
                        test -> test.capability(InstrumentSource.class).streamInstruments(new RecordingSink())));
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void anExpiredSessionIsAnAuthenticationError(Endpoint endpoint) {
        BrokerException refused = refusal(endpoint, json(403, fixture("error_token.json")), Map.of());

        assertEquals(BrokerException.Reason.AUTHENTICATION, refused.reason());
        assertEquals("Kite: Incorrect `api_key` or `access_token`.", refused.getMessage());
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aMalformedAnswerIsUnavailable(Endpoint endpoint) {
        BrokerException refused = refusal(endpoint, okJson(endpoint.malformed()), Map.of());

        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aSlowKiteIsUnavailableAfterTheRequestTimeout(Endpoint endpoint) {
        BrokerException refused = refusal(endpoint, okJson("{}").withFixedDelay(1_000),
                Map.of("timeout-millis", SHORT_TIMEOUT_MILLIS));

        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
        assertEquals("Kite did not answer GET " + endpoint.path() + " within 200 ms",
                refused.getMessage().replaceFirst("\\?.*? within", " within"));
    }

    private BrokerException refusal(Endpoint endpoint, ResponseDefinitionBuilder answer, Map<String, String> config) {
        // The history endpoint needs the instrument list first; a stub for the path itself overrides this one.
        kite.stubFor(get(urlPathEqualTo("/instruments/NSE")).willReturn(csv(fixture("instruments.csv"))));
        kite.stubFor(get(urlPathEqualTo(endpoint.path())).willReturn(answer));
        return assertThrows(BrokerException.class, () -> {
            // Creates the adapter with this configuration; the endpoint's call then uses it.
            capability(InstrumentSource.class, config);
            endpoint.call().on(this);
        });
    }
}
