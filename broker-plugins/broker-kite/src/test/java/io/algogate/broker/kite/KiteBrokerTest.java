package io.algogate.broker.kite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerLogin;
import io.algogate.broker.spi.BrokerSession;
import io.algogate.broker.spi.OAuthRedirect;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.QuoteSource;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.tck.MutableClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kite adapter against WireMock serving Kite's documented answers (fixtures under {@code kite/}). */
class KiteBrokerTest {

    /** The token-exchange example of https://kite.trade/docs/connect/v3/user/ uses these placeholders. */
    private static final String API_KEY = "xxx";
    private static final String REQUEST_TOKEN = "yyy";
    private static final String API_SECRET = "kite-test-api-secret";
    /** sha256("xxx" + "yyy" + "kite-test-api-secret") computed outside the code under test (sha256sum). */
    private static final String EXPECTED_CHECKSUM =
            "f460ad8330143847f1df03153b33af9fe8d7cf823e64072af2df1b7d7e664000";
    /** The documented session answer's access_token. */
    private static final String ACCESS_TOKEN = "XXXXXX";
    /** 10:30 in India on a weekday: market hours. */
    private static final Instant MORNING = Instant.parse("2026-12-04T05:00:00Z");

    private static WireMockServer kite;

    private MutableClock clock;
    private BrokerAdapter adapter;
    private KiteTestContext context;

    @BeforeAll
    static void startKiteStub() {
        kite = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        kite.start();
    }

    @AfterAll
    static void stopKiteStub() {
        kite.stop();
    }

    @BeforeEach
    void resetStubs() {
        kite.resetAll();
        clock = new MutableClock(MORNING);
    }

    @AfterEach
    void closeAdapter() {
        if (adapter != null) {
            adapter.close();
        }
    }

    private BrokerAdapter adapter(Map<String, String> extraConfig, BrokerSession session) {
        Map<String, String> config = new HashMap<>(Map.of(
                "api-key", API_KEY,
                "api-secret", API_SECRET,
                "base-url", kite.baseUrl(),
                "timeout-millis", "2000"));
        config.putAll(extraConfig);
        context = new KiteTestContext(clock, config, session);
        adapter = new KiteBrokerPlugin().create(context);
        return adapter;
    }

    private BrokerAdapter loggedInAdapter() {
        return adapter(Map.of(), new BrokerSession(ACCESS_TOKEN, MORNING.plus(Duration.ofHours(20)), "XX0000"));
    }

    private static String fixture(String name) {
        try (InputStream in = KiteBrokerTest.class.getResourceAsStream("/kite/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OrderRequest limitOrder(String strategy) {
        return new OrderRequest(strategy, "NSE", "INFY", Action.BUY, BigDecimal.ONE, PriceType.LIMIT,
                Product.CNC, new BigDecimal("1450.25"), BigDecimal.ZERO, 0);
    }

    // ---------------------------------------------------------------- login

    @Test
    void loginRedirectsToKiteWithVersionAndApiKey() throws Exception {
        BrokerLogin login = adapter(Map.of(), null).capability(BrokerLogin.class);
        assertEquals(new OAuthRedirect("https://kite.zerodha.com/connect/login?v=3&api_key=xxx"), login.loginMethod());
    }

    @Test
    void loginSendsTheDocumentedChecksumAndLaterCallsCarryTheTokenHeader() throws Exception {
        kite.stubFor(post("/session/token").willReturn(okJson(fixture("session_token.json"))));
        kite.stubFor(get("/orders").willReturn(okJson(fixture("orders.json"))));
        BrokerAdapter broker = adapter(Map.of(), null);

        BrokerSession session = broker.capability(BrokerLogin.class)
                .completeOAuth(Map.of("request_token", REQUEST_TOKEN, "action", "login", "status", "success"));
        context.keepSession(session);
        broker.capability(OrderBookSource.class).orderBook();

        kite.verify(postRequestedFor(urlEqualTo("/session/token"))
                .withHeader("X-Kite-Version", equalTo("3"))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withRequestBody(equalTo("api_key=xxx&request_token=yyy&checksum=" + EXPECTED_CHECKSUM)));
        kite.verify(getRequestedFor(urlEqualTo("/orders"))
                .withHeader("Authorization", equalTo("token xxx:" + ACCESS_TOKEN))
                .withHeader("X-Kite-Version", equalTo("3")));
        assertEquals(ACCESS_TOKEN, session.accessToken());
        assertEquals("XX0000", session.userId());
        // The next 06:00 in India after 10:30 IST on 4 December.
        assertEquals(Instant.parse("2026-12-05T00:30:00Z"), session.expiresAt());
        assertFalse(session.toString().contains(ACCESS_TOKEN), "the session's toString must hide the token");
    }

    @Test
    void theHostsStateTravelsToKiteAsRedirectParamsAndComesBackToTheCallback() throws Exception {
        BrokerLogin login = adapter(Map.of(), null).capability(BrokerLogin.class);

        OAuthRedirect redirect = (OAuthRedirect) login.loginMethod("a+b/c=");

        // redirect_params is itself a query string ("state=a%2Bb%2Fc%3D"), encoded once more.
        assertEquals("https://kite.zerodha.com/connect/login?v=3&api_key=xxx&redirect_params=state%3Da%252Bb%252Fc%253D",
                redirect.authorizeUrl());
        assertTrue(login.echoesState());
    }

    @Test
    void aCallbackReportingAFailedLoginIsRefusedWithoutATokenExchange() throws Exception {
        BrokerLogin login = adapter(Map.of(), null).capability(BrokerLogin.class);

        BrokerException refused = assertThrows(BrokerException.class, () -> login.completeOAuth(
                Map.of("request_token", REQUEST_TOKEN, "action", "login", "status", "cancelled")));

        assertEquals(BrokerException.Reason.AUTHENTICATION, refused.reason());
        assertTrue(kite.getAllServeEvents().isEmpty());
    }

    @Test
    void endingTheSessionInvalidatesTheTokenAtKite() throws Exception {
        kite.stubFor(delete(urlPathEqualTo("/session/token")).willReturn(okJson(fixture("session_logout.json"))));
        BrokerSession session = new BrokerSession(ACCESS_TOKEN, MORNING.plus(Duration.ofHours(20)), "XX0000");

        adapter(Map.of(), session).capability(BrokerLogin.class).endSession(session);

        kite.verify(deleteRequestedFor(urlEqualTo("/session/token?api_key=xxx&access_token=" + ACCESS_TOKEN))
                .withHeader("X-Kite-Version", equalTo("3")));
    }

    @Test
    void aFailedLogoutNamesThePathButNeverTheToken() throws Exception {
        kite.stubFor(delete(urlPathEqualTo("/session/token")).willReturn(aResponse().withStatus(502)));
        BrokerSession session = new BrokerSession(ACCESS_TOKEN, MORNING.plus(Duration.ofHours(20)), "XX0000");
        BrokerLogin login = adapter(Map.of(), session).capability(BrokerLogin.class);

        BrokerException failed = assertThrows(BrokerException.class, () -> login.endSession(session));

        assertTrue(failed.getMessage().contains("/session/token"), failed.getMessage());
        assertFalse(failed.getMessage().contains(ACCESS_TOKEN), failed.getMessage());
    }

    @Test
    void aSessionTheHostDroppedIsNotUsedAnyMore() throws Exception {
        kite.stubFor(post("/session/token").willReturn(okJson(fixture("session_token.json"))));
        BrokerAdapter broker = adapter(Map.of(), null);
        context.keepSession(broker.capability(BrokerLogin.class)
                .completeOAuth(Map.of("request_token", REQUEST_TOKEN, "status", "success")));

        context.keepSession(null);

        BrokerException refused = assertThrows(BrokerException.class,
                () -> broker.capability(OrderBookSource.class).orderBook());
        assertEquals(BrokerException.Reason.AUTHENTICATION, refused.reason());
        kite.verify(0, getRequestedFor(urlEqualTo("/orders")));
    }

    @Test
    void checksumIsTheSha256HexOfKeyTokenAndSecret() {
        assertEquals(EXPECTED_CHECKSUM, KiteBroker.checksum(API_KEY, REQUEST_TOKEN, API_SECRET));
    }

    @Test
    void callsWithoutASessionAreRefusedBeforeReachingKite() {
        BrokerAdapter broker = adapter(Map.of(), null);
        BrokerException refused = assertThrows(BrokerException.class,
                () -> broker.capability(OrderEntry.class).placeOrder(limitOrder("s")));
        assertEquals(BrokerException.Reason.AUTHENTICATION, refused.reason());
        assertTrue(kite.getAllServeEvents().isEmpty());
    }

    // ---------------------------------------------------------------- orders

    @Test
    void placeAndCancelRoundTrip() throws Exception {
        kite.stubFor(post("/orders/regular").willReturn(okJson(fixture("order_placed.json"))));
        kite.stubFor(delete("/orders/regular/151220000000000").willReturn(okJson(fixture("order_cancelled.json"))));
        BrokerAdapter broker = loggedInAdapter();

        String orderId = broker.capability(OrderEntry.class)
                .placeOrder(limitOrder("a-strategy-name-longer-than-twenty")).orderId();
        String cancelled = broker.capability(OrderManagement.class).cancelOrder(orderId).orderId();

        assertEquals("151220000000000", orderId);
        assertEquals(orderId, cancelled);
        kite.verify(postRequestedFor(urlEqualTo("/orders/regular"))
                .withHeader("Authorization", equalTo("token xxx:" + ACCESS_TOKEN))
                .withRequestBody(equalTo("tradingsymbol=INFY&exchange=NSE&transaction_type=BUY&order_type=LIMIT"
                        + "&quantity=1&product=CNC&price=1450.25&trigger_price=0&disclosed_quantity=0"
                        + "&validity=DAY&tag=a-strategy-name-long")));
        kite.verify(deleteRequestedFor(urlEqualTo("/orders/regular/151220000000000"))
                .withHeader("Authorization", equalTo("token xxx:" + ACCESS_TOKEN)));
    }

    @Test
    void orderBookMapsKiteOrders() throws Exception {
        kite.stubFor(get("/orders").willReturn(okJson(fixture("orders.json"))));

        List<Order> book = loggedInAdapter().capability(OrderBookSource.class).orderBook();

        assertEquals(List.of(OrderStatus.CANCELLED, OrderStatus.COMPLETE, OrderStatus.TRIGGER_PENDING,
                OrderStatus.REJECTED, OrderStatus.OPEN), book.stream().map(Order::status).toList());
        Order cancelled = book.get(0);
        assertEquals("100000000000000", cancelled.orderId());
        assertEquals("NSE", cancelled.exchange());
        assertEquals("IOC", cancelled.symbol());
        assertEquals(Action.BUY, cancelled.action());
        assertEquals(PriceType.LIMIT, cancelled.priceType());
        assertEquals(Product.CNC, cancelled.product());
        assertEquals(0, new BigDecimal("97").compareTo(cancelled.price()));
        assertEquals("", cancelled.strategy(), "a null tag is no strategy");
        // 09:18:57 in India is 03:48:57 UTC.
        assertEquals(Instant.parse("2021-05-31T03:48:57Z"), cancelled.placedAt());
        assertEquals("algogate-strategy", book.get(1).strategy());
        Order stopLoss = book.get(2);
        assertEquals(PriceType.STOP_LOSS, stopLoss.priceType());
        assertEquals(Product.NRML, stopLoss.product());
        assertEquals(new BigDecimal("50"), stopLoss.quantity());
        assertEquals(new BigDecimal("15495.05"), stopLoss.triggerPrice());
        assertEquals(PriceType.STOP_LOSS_MARKET, book.get(3).priceType());
    }

    @Test
    void quoteMapsLastPriceOhlcAndBestBidAndAsk() throws Exception {
        kite.stubFor(get(urlPathEqualTo("/quote")).willReturn(okJson(fixture("quote.json"))));

        Quote quote = loggedInAdapter().capability(QuoteSource.class).quote(new SymbolRef("NSE", "INFY"));

        kite.verify(getRequestedFor(urlEqualTo("/quote?i=NSE%3AINFY")));
        assertEquals(new BigDecimal("1412.95"), quote.ltp());
        assertEquals(new BigDecimal("1396"), quote.open());
        assertEquals(new BigDecimal("1421.75"), quote.high());
        assertEquals(new BigDecimal("1395.55"), quote.low());
        assertEquals(new BigDecimal("1389.65"), quote.prevClose());
        assertEquals(new BigDecimal("1412.9"), quote.bid());
        assertEquals(new BigDecimal("1412.95"), quote.ask());
        assertEquals(new BigDecimal("7360198"), quote.volume());
    }

    // ---------------------------------------------------------------- errors

    @Test
    void expiredTokenIsAnAuthenticationError() {
        kite.stubFor(get("/orders").willReturn(json(403, fixture("error_token.json"))));
        BrokerException refused = assertThrows(BrokerException.class,
                () -> loggedInAdapter().capability(OrderBookSource.class).orderBook());
        assertEquals(BrokerException.Reason.AUTHENTICATION, refused.reason());
        assertEquals("Kite: Incorrect `api_key` or `access_token`.", refused.getMessage());
    }

    @Test
    void inputExceptionIsARejection() {
        kite.stubFor(post("/orders/regular").willReturn(json(400, fixture("error_input.json"))));
        BrokerException refused = assertThrows(BrokerException.class,
                () -> loggedInAdapter().capability(OrderEntry.class).placeOrder(limitOrder("s")));
        assertEquals(BrokerException.Reason.REJECTED, refused.reason());
    }

    @Test
    void aSlowKiteIsUnavailableAfterTheRequestTimeout() {
        kite.stubFor(get("/orders").willReturn(okJson(fixture("orders.json")).withFixedDelay(2_000)));
        BrokerAdapter broker = adapter(Map.of("timeout-millis", "200"),
                new BrokerSession(ACCESS_TOKEN, MORNING.plus(Duration.ofHours(20)), "XX0000"));
        BrokerException refused = assertThrows(BrokerException.class,
                () -> broker.capability(OrderBookSource.class).orderBook());
        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
        assertTrue(refused.getMessage().contains("200 ms"), refused.getMessage());
    }

    @Test
    void malformedJsonIsUnavailable() {
        kite.stubFor(post("/orders/regular").willReturn(okJson("{\"status\": \"success\", \"data\": {\"order_id\"")));
        BrokerException refused = assertThrows(BrokerException.class,
                () -> loggedInAdapter().capability(OrderEntry.class).placeOrder(limitOrder("s")));
        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
    }

    @Test
    void serverErrorWithHtmlIsUnavailable() {
        kite.stubFor(get("/orders").willReturn(aResponse().withStatus(502).withBody("<html>Bad gateway</html>")));
        BrokerException refused = assertThrows(BrokerException.class,
                () -> loggedInAdapter().capability(OrderBookSource.class).orderBook());
        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
    }

    @Test
    void http429IsRateLimitedWithAClearMessage() {
        kite.stubFor(post("/orders/regular").willReturn(json(429, fixture("error_rate_limit.json"))));
        BrokerException refused = assertThrows(BrokerException.class,
                () -> loggedInAdapter().capability(OrderEntry.class).placeOrder(limitOrder("s")));
        assertEquals(BrokerException.Reason.RATE_LIMITED, refused.reason());
        assertTrue(refused.getMessage().contains("429"), refused.getMessage());
    }

    @Test
    void unreachableKiteIsUnavailable() {
        BrokerAdapter broker = adapter(Map.of("base-url", "http://127.0.0.1:1"),
                new BrokerSession(ACCESS_TOKEN, MORNING.plus(Duration.ofHours(20)), "XX0000"));
        BrokerException refused = assertThrows(BrokerException.class,
                () -> broker.capability(OrderBookSource.class).orderBook());
        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
    }

    // ---------------------------------------------------------------- throttle

    @Test
    void theEleventhOrderWithinASecondIsRefusedWithoutReachingKite() throws Exception {
        kite.stubFor(post("/orders/regular").willReturn(okJson(fixture("order_placed.json"))));
        OrderEntry entry = loggedInAdapter().capability(OrderEntry.class);

        for (int i = 0; i < 10; i++) {
            entry.placeOrder(limitOrder("s"));
        }
        BrokerException refused = assertThrows(BrokerException.class, () -> entry.placeOrder(limitOrder("s")));
        assertEquals(BrokerException.Reason.RATE_LIMITED, refused.reason());
        kite.verify(10, postRequestedFor(urlEqualTo("/orders/regular")));

        clock.advance(Duration.ofMillis(100));
        entry.placeOrder(limitOrder("s"));
        kite.verify(11, postRequestedFor(urlEqualTo("/orders/regular")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return json(200, body);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
