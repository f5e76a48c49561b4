package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.OrderAck;
import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.application.ApiKeyService;
import io.algogate.gateway.application.BrokerSessionService;
import io.algogate.gateway.application.InvalidInputException;
import io.algogate.gateway.application.OrderService;
import io.algogate.gateway.application.OwnerOrderBudget;
import io.algogate.gateway.application.SmartOrderOutcome;
import io.algogate.gateway.application.StrategyService;
import io.algogate.gateway.application.WebhookOrderPlan;
import io.algogate.gateway.domain.Strategy;
import io.algogate.gateway.domain.StrategyTradingMode;
import io.algogate.gateway.domain.SymbolMapping;
import io.algogate.security.filters.ApiKeyRateLimitFilter;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.RateLimiter;
import io.algogate.security.filters.RequestContext;
import io.algogate.security.filters.RouteClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code POST /strategy/webhook/<id>}: a TradingView-style signal ({@code symbol}, {@code action},
 * {@code position_size} in BOTH mode) becomes an order of the strategy's owner, by OpenAlgo's rules
 * ({@link WebhookOrderPlan}). The order then goes exactly where an API order goes: the owner's per-key
 * rate limit (the bucket of placeorder or placesmartorder under the owner's key), the same schema
 * validation (the order is built as the placeorder or placesmartorder body and parsed as one),
 * {@link OrderService}, and the order log under the endpoint {@code strategy/webhook}.
 *
 * <p>Content types are not checked: TradingView posts {@code text/plain} when an alert's message is
 * not exactly JSON, and the body is parsed as JSON either way.
 */
@Path("webhook/{webhookId}")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@OrderLogged
public class StrategyWebhookResource {

    static final String LOGGED_ENDPOINT = "strategy/webhook";
    static final String UNKNOWN_WEBHOOK = "Invalid webhook ID";
    static final String INACTIVE = "Strategy is inactive";
    static final String BROKER_SESSION_EXPIRED = "Broker session expired: log in to your broker again";

    @Context
    HttpServletRequest request;

    @Inject
    StrategyService strategies;

    @Inject
    OrderService orders;

    @Inject
    AnalyzerService analyzer;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    BrokerSessionService brokerSessions;

    @Inject
    OwnerOrderBudget budget;

    @Inject
    Validator validator;

    @POST
    public Response webhook(@PathParam("webhookId") String webhookId, String body) throws BrokerException {
        // An unknown id is a 404, which the scan detection layer counts like any other.
        Strategy strategy = strategies.findByWebhookId(webhookId).orElseThrow(() -> ApiError.of(404, UNKNOWN_WEBHOOK));
        long owner = strategy.getUserId();
        JsonValue received = receivedJson(body);
        // The right webhook id authenticates as the owner, as a key would: the order log names them.
        request.setAttribute(RequestContext.API_USER_ATTRIBUTE, owner);
        request.setAttribute(OrderLogFilter.ENDPOINT_ATTRIBUTE, LOGGED_ENDPOINT);
        request.setAttribute(OrderLogFilter.REQUEST_ATTRIBUTE, Jsonp.PROVIDER.createObjectBuilder()
                .add("strategy", strategy.getName()).add("signal", received).build().toString());
        if (!strategy.isActive()) {
            throw ApiError.of(400, INACTIVE);
        }
        WebhookSignalSchema signal = WebhookSignalSchema.parse(body, validator,
                strategy.getTradingMode() == StrategyTradingMode.BOTH);
        SymbolMapping mapping = strategy.mappingFor(signal.symbol())
                .orElseThrow(() -> ApiError.of(400, "No mapping found for symbol " + signal.symbol()));
        WebhookOrderPlan plan = plan(strategy, signal, mapping);
        strategies.windowRefusal(strategy, plan.exit()).ifPresent(reason -> {
            throw ApiError.of(400, reason);
        });
        if (!brokerSessions.isLive(owner)) {
            throw ApiError.of(403, BROKER_SESSION_EXPIRED);
        }
        if (apiKeys.keyDigest(owner).isEmpty()) {
            throw ApiError.of(403, ApiError.INVALID_API_KEY);
        }

        JsonObject order = orderBody(strategy, mapping, plan);
        request.setAttribute(OrderLogFilter.REQUEST_ATTRIBUTE, Jsonp.PROVIDER.createObjectBuilder()
                .add("strategy", strategy.getName()).add("signal", received)
                .add("routed_to", plan.route().wireName()).add("order", order).build().toString());
        Optional<Response> limited = perKeyLimit(plan.route(), owner);
        if (limited.isPresent()) {
            return limited.get();
        }
        return plan.route() == WebhookOrderPlan.Route.PLACE_ORDER ? placeOrder(owner, order, signal)
                : placeSmartOrder(owner, order, signal);
    }

    private Response placeOrder(long owner, JsonObject order, WebhookSignalSchema signal) throws BrokerException {
        PlaceOrderSchema schema = PlaceOrderSchema.parse(order.toString(), validator);
        OrderAck ack = orders.placeOrder(owner, schema.terms().toOrderRequest(schema.strategy()));
        return ok(ApiResponses.successBody().add("message", "Order placed for " + signal.symbol())
                .add("orderid", ack.orderId()));
    }

    private Response placeSmartOrder(long owner, JsonObject order, WebhookSignalSchema signal) throws BrokerException {
        SmartOrderSchema schema = SmartOrderSchema.parse(order.toString(), validator);
        SmartOrderOutcome outcome = orders.placeSmartOrder(owner,
                schema.terms().toSmartOrderRequest(schema.strategy(), schema.positionSize()));
        if (outcome.placed().isEmpty()) {
            return ok(ApiResponses.successBody().add("message", OrdersResource.NO_ACTION_NEEDED));
        }
        return ok(ApiResponses.successBody().add("message", "Order placed for " + signal.symbol())
                .add("orderid", outcome.placed().get().orderId()));
    }

    private static WebhookOrderPlan plan(Strategy strategy, WebhookSignalSchema signal, SymbolMapping mapping) {
        try {
            return WebhookOrderPlan.of(strategy.getTradingMode(), signal.action(), signal.positionSize(),
                    mapping.getQuantity());
        } catch (InvalidInputException e) {
            Map<String, List<String>> errors = e.fieldErrors().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> List.of(entry.getValue())));
            throw ApiError.validation(errors);
        }
    }

    /** The placeorder or placesmartorder body an API client would have sent for this signal, key aside. */
    static JsonObject orderBody(Strategy strategy, SymbolMapping mapping, WebhookOrderPlan plan) {
        JsonObjectBuilder order = Jsonp.PROVIDER.createObjectBuilder().add("strategy", strategy.getName())
                .add("exchange", mapping.getExchange()).add("symbol", mapping.getSymbol())
                .add("action", plan.action().name()).add("quantity", plan.quantity().toPlainString())
                .add("pricetype", "MARKET").add("product", mapping.getProduct());
        if (plan.route() == WebhookOrderPlan.Route.SMART_ORDER) {
            order.add("position_size", plan.positionSize().toPlainString()).add("price", "0")
                    .add("trigger_price", "0").add("disclosed_quantity", "0");
        }
        return order.build();
    }

    /**
     * The owner's per-key budget, as {@code ApiKeyRateLimitFilter} meters an API order: the bucket of
     * the order's route class under the owner's key digest. Refused in OpenAlgo's 429 shape.
     */
    private Optional<Response> perKeyLimit(WebhookOrderPlan.Route route, long owner) {
        RouteClass routeClass = route == WebhookOrderPlan.Route.PLACE_ORDER ? RouteClass.ORDER : RouteClass.SMART;
        RateLimiter.Decision decision = budget.tryConsume(owner, routeClass);
        if (decision.allowed()) {
            return Optional.empty();
        }
        return Optional.of(Response.status(429).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .header("Retry-After", decision.retryAfterSeconds())
                .entity(ApiKeyRateLimitFilter.refusalBody(decision.retryAfterSeconds())).build());
    }

    /** The body as received, for the order log: a JSON object, or a mark that it was none. */
    private static JsonValue receivedJson(String body) {
        if (body != null && !body.isBlank()) {
            try (JsonReader reader = Jsonp.PROVIDER.createReader(new StringReader(body))) {
                JsonValue value = reader.readValue();
                if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                    return value;
                }
            } catch (JsonException | IllegalStateException e) {
                // logged as unreadable below
            }
        }
        return Jsonp.PROVIDER.createObjectBuilder().add("unreadable", true).build();
    }

    private Response ok(JsonObjectBuilder body) {
        return ApiResponses.success(body, analyzer.analyzeMode());
    }
}
