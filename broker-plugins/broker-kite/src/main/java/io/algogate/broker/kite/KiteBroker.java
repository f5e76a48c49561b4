package io.algogate.broker.kite;

import static io.algogate.broker.kite.KiteJson.decimal;
import static io.algogate.broker.kite.KiteJson.entries;
import static io.algogate.broker.kite.KiteJson.object;
import static io.algogate.broker.kite.KiteJson.require;
import static io.algogate.broker.kite.KiteJson.timestamp;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerContext;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerException.Reason;
import io.algogate.broker.spi.BrokerLogin;
import io.algogate.broker.spi.BrokerSession;
import io.algogate.broker.spi.CancelAllResult;
import io.algogate.broker.spi.Candle;
import io.algogate.broker.spi.Depth;
import io.algogate.broker.spi.DepthSource;
import io.algogate.broker.spi.Funds;
import io.algogate.broker.spi.FundsSource;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.HistorySource;
import io.algogate.broker.spi.Holding;
import io.algogate.broker.spi.HoldingsSource;
import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentSink;
import io.algogate.broker.spi.InstrumentSource;
import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.LoginMethod;
import io.algogate.broker.spi.ModifyOrderRequest;
import io.algogate.broker.spi.OAuthRedirect;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderBookSource;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderManagement;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.PositionBookSource;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.QuoteSource;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.spi.Trade;
import io.algogate.broker.spi.TradeBookSource;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Kite Connect adapter: login, regular orders and the order book here, and the data side through
 * helpers it delegates to: the trade, position and holdings books and funds ({@link KitePortfolio}),
 * quotes and depth ({@link KiteMarketData}), the instrument master ({@link KiteInstruments}) and
 * historical candles ({@link KiteHistory}). Order requests (place, modify, cancel) pass an
 * {@link OrderThrottle} first, so this adapter alone never exceeds Kite's order rate limit.
 * Thread-safe: the mutable state is the access token (volatile), the throttle and the instrument
 * token cache (both synchronized).
 */
final class KiteBroker implements BrokerAdapter, OrderEntry, OrderBookSource, OrderManagement, QuoteSource,
        BrokerLogin, TradeBookSource, PositionBookSource, HoldingsSource, FundsSource, DepthSource, HistorySource,
        InstrumentSource {

    /** Kite's regulatory daily expiry of access tokens: 06:00 in India the next morning. */
    private static final LocalTime TOKEN_EXPIRY = LocalTime.of(6, 0);
    /** Exchanges whose instruments Kite and OpenAlgo name alike: cash equities. */
    private static final Set<String> CASH_EXCHANGES = Set.of("NSE", "BSE");
    /** Kite's limit on the length of an order's tag. */
    static final int TAG_LENGTH = 20;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final BrokerContext context;
    private final KiteConfig config;
    private final Clock clock;
    private final System.Logger logger;
    private final KiteHttp http;
    private final OrderThrottle throttle;
    private final KitePortfolio portfolio;
    private final KiteMarketData marketData;
    private final KiteInstruments instruments;
    private final KiteHistory history;
    private volatile String accessToken;

    KiteBroker(BrokerContext context) {
        this.context = context;
        this.config = KiteConfig.from(offered(context::config).orElse(Map.of()));
        this.clock = offered(context::clock).orElse(Clock.systemUTC());
        this.logger = offered(context::logger).orElse(System.getLogger(KiteBroker.class.getName()));
        HttpClient client = offered(context::httpClient).orElseGet(
                () -> HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        this.http = new KiteHttp(client, config.baseUrl(), config.requestTimeout());
        this.throttle = new OrderThrottle(clock, config.ordersPerSecond());
        this.portfolio = new KitePortfolio(http, this::authorization, logger);
        this.marketData = new KiteMarketData(http, this::authorization);
        this.instruments = new KiteInstruments(http, this::authorization, clock, config.downloadTimeout());
        this.history = new KiteHistory(http, this::authorization, instruments);
    }

    // ---------------------------------------------------------------- login

    @Override
    public LoginMethod loginMethod() {
        return new OAuthRedirect(config.loginUrl() + "?v=3&api_key="
                + URLEncoder.encode(config.apiKey(), StandardCharsets.UTF_8));
    }

    /**
     * Kite hands {@code redirect_params} back to the redirect URL as query parameters, which is how
     * the host's state returns to its callback.
     */
    @Override
    public LoginMethod loginMethod(String state) {
        return new OAuthRedirect(((OAuthRedirect) loginMethod()).authorizeUrl() + "&redirect_params="
                + URLEncoder.encode("state=" + URLEncoder.encode(state, StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8));
    }

    @Override
    public boolean echoesState() {
        return true;
    }

    @Override
    public BrokerSession completeOAuth(Map<String, String> callbackParams) throws BrokerException {
        String requestToken = callbackParams == null ? null : callbackParams.get("request_token");
        String status = callbackParams == null ? null : callbackParams.get("status");
        if (status != null && !"success".equals(status)) {
            throw new BrokerException(Reason.AUTHENTICATION, "Kite reported the login as '" + status + "'");
        }
        if (requestToken == null || requestToken.isBlank()) {
            throw new BrokerException(Reason.AUTHENTICATION, "Kite's callback carried no request_token");
        }
        requireCredentials();
        JsonObject data = object(http.call("POST", "/session/token", KiteHttp.form(
                "api_key", config.apiKey(),
                "request_token", requestToken,
                "checksum", checksum(config.apiKey(), requestToken, config.apiSecret())), null), "session");
        String token = KiteHttp.string(data, "access_token");
        if (token == null || token.isBlank()) {
            throw new BrokerException(Reason.UNAVAILABLE, "Kite's session answer carried no access_token");
        }
        String userId = Optional.ofNullable(KiteHttp.string(data, "user_id")).orElse("");
        accessToken = token;
        logger.log(System.Logger.Level.INFO, "Kite session started for user {0}", userId);
        return new BrokerSession(token, KiteJson.nextInIndia(clock.instant(), TOKEN_EXPIRY), userId);
    }

    /** Kite's logout: invalidates the access token, so it is of no use to anyone after the host drops it. */
    @Override
    public void endSession(BrokerSession session) throws BrokerException {
        requireCredentials();
        http.call("DELETE", "/session/token?api_key=" + URLEncoder.encode(config.apiKey(), StandardCharsets.UTF_8)
                + "&access_token=" + URLEncoder.encode(session.accessToken(), StandardCharsets.UTF_8), null, null);
        if (session.accessToken().equals(accessToken)) {
            accessToken = null;
        }
        logger.log(System.Logger.Level.INFO, "Kite session ended for user {0}", session.userId());
    }

    /** Kite's checksum: the SHA-256 hex of api_key + request_token + api_secret. */
    static String checksum(String apiKey, String requestToken, String apiSecret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest((apiKey + requestToken + apiSecret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    // ---------------------------------------------------------------- orders

    @Override
    public OrderAck placeOrder(OrderRequest request) throws BrokerException {
        String authorization = authorization();
        SymbolRef kiteName = kiteName(request.exchange(), request.symbol());
        throttle.acquire();
        Map<String, String> form = KiteHttp.form(
                "tradingsymbol", kiteName.symbol(),
                "exchange", kiteName.exchange(),
                "transaction_type", request.action().name(),
                "order_type", request.priceType().wireName(),
                "quantity", wholeQuantity(request.quantity()),
                "product", request.product().name(),
                "price", request.price().toPlainString(),
                "trigger_price", request.triggerPrice().toPlainString(),
                "disclosed_quantity", Integer.toString(request.disclosedQuantity()),
                "validity", "DAY",
                "tag", tag(request.strategy()));
        return orderAck(http.call("POST", "/orders/regular", form, authorization));
    }

    /**
     * Kite's name for the instrument an order names the OpenAlgo way. Cash equities are named alike on
     * both sides, so they need no instrument list; derivatives differ (OpenAlgo's NIFTY26DEC24FUT is
     * Kite's NIFTY24DECFUT) and are looked up in the exchange's list, downloaded once a day.
     */
    private SymbolRef kiteName(String exchange, String symbol) throws BrokerException {
        if (CASH_EXCHANGES.contains(exchange)) {
            return new SymbolRef(exchange, symbol);
        }
        Instrument instrument = instruments.instrument(new SymbolRef(exchange, symbol));
        return new SymbolRef(instrument.brokerExchange(), instrument.brokerSymbol());
    }

    @Override
    public OrderAck modifyOrder(ModifyOrderRequest request) throws BrokerException {
        String authorization = authorization();
        throttle.acquire();
        OrderRequest order = request.order();
        Map<String, String> form = KiteHttp.form(
                "order_type", order.priceType().wireName(),
                "quantity", wholeQuantity(order.quantity()),
                "price", order.price().toPlainString(),
                "trigger_price", order.triggerPrice().toPlainString(),
                "disclosed_quantity", Integer.toString(order.disclosedQuantity()),
                "validity", "DAY");
        return orderAck(http.call("PUT", "/orders/regular/" + pathSegment(request.orderId()), form, authorization));
    }

    @Override
    public OrderAck cancelOrder(String orderId) throws BrokerException {
        String authorization = authorization();
        if (orderId == null || orderId.isBlank()) {
            throw new BrokerException(Reason.REJECTED, "An order id is required to cancel");
        }
        throttle.acquire();
        return orderAck(http.call("DELETE", "/orders/regular/" + pathSegment(orderId), null, authorization));
    }

    @Override
    public CancelAllResult cancelAllOrders(String strategy) throws BrokerException {
        String tag = tag(strategy);
        List<String> cancelled = new ArrayList<>();
        Map<String, String> failures = new HashMap<>();
        for (Order order : orderBook()) {
            boolean pending = order.status() == OrderStatus.OPEN || order.status() == OrderStatus.TRIGGER_PENDING;
            if (pending && tag.equals(order.strategy())) {
                try {
                    cancelled.add(cancelOrder(order.orderId()).orderId());
                } catch (BrokerException e) {
                    failures.put(order.orderId(), e.getMessage());
                }
            }
        }
        return new CancelAllResult(cancelled, failures);
    }

    /** Kite's tag holds at most {@value #TAG_LENGTH} characters; the strategy name is cut to fit. */
    static String tag(String strategy) {
        String trimmed = strategy == null ? "" : strategy.strip();
        return trimmed.length() <= TAG_LENGTH ? trimmed : trimmed.substring(0, TAG_LENGTH);
    }

    private static String wholeQuantity(BigDecimal quantity) throws BrokerException {
        try {
            return quantity.stripTrailingZeros().toBigIntegerExact().toString();
        } catch (ArithmeticException e) {
            throw new BrokerException(Reason.REJECTED, "Kite accepts whole quantities only, not " + quantity.toPlainString());
        }
    }

    private static String pathSegment(String orderId) {
        return URLEncoder.encode(orderId, StandardCharsets.UTF_8);
    }

    private static OrderAck orderAck(JsonValue data) throws BrokerException {
        String orderId = KiteHttp.string(object(data, "order"), "order_id");
        if (orderId == null || orderId.isBlank()) {
            throw new BrokerException(Reason.UNAVAILABLE, "Kite's order answer carried no order_id");
        }
        return new OrderAck(orderId);
    }

    // ---------------------------------------------------------------- order book

    @Override
    public List<Order> orderBook() throws BrokerException {
        return entries(http.call("GET", "/orders", null, authorization()), "order book", this::order, logger);
    }

    private Order order(JsonObject kite) {
        String orderType = require(kite, "order_type");
        return new Order(
                require(kite, "order_id"),
                Optional.ofNullable(KiteHttp.string(kite, "tag")).orElse(""),
                require(kite, "exchange"),
                require(kite, "tradingsymbol"),
                Action.valueOf(require(kite, "transaction_type")),
                decimal(kite, "quantity"),
                PriceType.fromWireName(orderType).orElseThrow(
                        () -> new IllegalArgumentException("unknown order_type " + orderType)),
                Product.valueOf(require(kite, "product")),
                decimal(kite, "price"),
                decimal(kite, "trigger_price"),
                status(require(kite, "status")),
                timestamp(require(kite, "order_timestamp")));
    }

    /**
     * Kite's statuses to ours. Kite passes through transient states (PUT ORDER REQ RECEIVED,
     * VALIDATION PENDING, MODIFY PENDING, ...) on the way; they are still live orders, hence open.
     */
    static OrderStatus status(String kiteStatus) {
        return switch (kiteStatus) {
            case "COMPLETE" -> OrderStatus.COMPLETE;
            case "CANCELLED" -> OrderStatus.CANCELLED;
            case "REJECTED" -> OrderStatus.REJECTED;
            case "TRIGGER PENDING" -> OrderStatus.TRIGGER_PENDING;
            default -> OrderStatus.OPEN;
        };
    }

    // ---------------------------------------------------------------- data

    @Override
    public Quote quote(SymbolRef symbol) throws BrokerException {
        return marketData.quote(symbol);
    }

    @Override
    public Depth depth(SymbolRef symbol) throws BrokerException {
        return marketData.depth(symbol);
    }

    @Override
    public List<Trade> trades() throws BrokerException {
        return portfolio.trades();
    }

    @Override
    public List<Position> positions() throws BrokerException {
        return portfolio.positions();
    }

    @Override
    public List<Holding> holdings() throws BrokerException {
        return portfolio.holdings();
    }

    @Override
    public Funds funds() throws BrokerException {
        return portfolio.funds();
    }

    @Override
    public List<Candle> history(HistoryRequest request) throws BrokerException {
        return history.history(request);
    }

    @Override
    public Set<Interval> intervals() {
        return history.intervals();
    }

    @Override
    public void streamInstruments(InstrumentSink sink) throws BrokerException {
        instruments.streamInstruments(sink);
    }

    // ---------------------------------------------------------------- helpers

    /** Kite's {@code Authorization: token api_key:access_token}; refuses before any call without a session. */
    private String authorization() throws BrokerException {
        requireCredentials();
        // A host that keeps sessions is the authority: once it drops one (the daily cut-off), the
        // token this adapter saw at login must not be used any more.
        Optional<Optional<BrokerSession>> hostSession = offered(context::brokerSession);
        String token = hostSession.isPresent()
                ? hostSession.get().map(BrokerSession::accessToken).orElse(null)
                : accessToken;
        if (token == null || token.isBlank()) {
            throw new BrokerException(Reason.AUTHENTICATION, "Not logged in to Kite; log in from the dashboard");
        }
        return "token " + config.apiKey() + ":" + token;
    }

    private void requireCredentials() throws BrokerException {
        if (config.apiKey().isBlank() || config.apiSecret().isBlank()) {
            throw new BrokerException(Reason.AUTHENTICATION,
                    "Kite is not configured: set algogate.broker.kite.api-key and api-secret");
        }
    }

    /** What the host offers, or empty where it throws {@link UnsupportedOperationException}. */
    private static <T> Optional<T> offered(Supplier<T> feature) {
        try {
            return Optional.ofNullable(feature.get());
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        // The JDK 17 HttpClient has no close; its threads end when it is unreachable.
    }
}
