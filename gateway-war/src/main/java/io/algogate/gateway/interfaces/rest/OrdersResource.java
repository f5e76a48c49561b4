package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.CancelAllResult;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.application.BasketItemResult;
import io.algogate.gateway.application.OrderService;
import io.algogate.gateway.application.SmartOrderOutcome;
import io.algogate.gateway.application.SplitOrderService;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * OpenAlgo's order routes, in its shapes: each parses its schema (D8), calls the broker through
 * {@link OrderService}, and is recorded in the order log. A trailing slash reaches the same route
 * (JAX-RS matches a final slash to the method of the path without it).
 */
@Path("")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@OrderLogged
public class OrdersResource {

    static final String NO_ACTION_NEEDED = "Positions Already Matched. No Action needed.";
    static final String POSITIONS_CLOSED = "All Open Positions Squared Off";

    @Context
    HttpServletRequest request;

    @Inject
    OrderService orders;

    @Inject
    SplitOrderService splits;

    @Inject
    AnalyzerService analyzer;

    @Inject
    Validator validator;

    @POST
    @Path("placeorder")
    public Response placeOrder(String body) throws BrokerException {
        PlaceOrderSchema order = PlaceOrderSchema.parse(body, validator);
        OrderAck ack = orders.placeOrder(user(), order.terms().toOrderRequest(order.strategy()));
        return orderIdResponse(ack);
    }

    @POST
    @Path("placesmartorder")
    public Response placeSmartOrder(String body) throws BrokerException {
        SmartOrderSchema order = SmartOrderSchema.parse(body, validator);
        SmartOrderOutcome outcome = orders.placeSmartOrder(user(),
                order.terms().toSmartOrderRequest(order.strategy(), order.positionSize()));
        if (outcome.placed().isEmpty()) {
            return ok(ApiResponses.successBody().add("message", NO_ACTION_NEEDED));
        }
        return orderIdResponse(outcome.placed().get());
    }

    @POST
    @Path("modifyorder")
    public Response modifyOrder(String body) throws BrokerException {
        ModifyOrderSchema order = ModifyOrderSchema.parse(body, validator);
        return orderIdResponse(orders.modifyOrder(user(), order.toModifyOrderRequest()));
    }

    @POST
    @Path("cancelorder")
    public Response cancelOrder(String body) throws BrokerException {
        OrderIdSchema cancel = OrderIdSchema.parse(body, validator);
        return orderIdResponse(orders.cancelOrder(user(), cancel.orderId()));
    }

    /** Succeeds even when some cancels fail, listing them, as OpenAlgo does. */
    @POST
    @Path("cancelallorder")
    public Response cancelAllOrders(String body) throws BrokerException {
        StrategySchema cancel = StrategySchema.parse(body, validator);
        CancelAllResult result = orders.cancelAllOrders(user(), cancel.strategy());
        JsonArrayBuilder failed = Jsonp.PROVIDER.createArrayBuilder();
        result.failureReasonByOrderId().forEach((orderId, reason) ->
                failed.add(Jsonp.PROVIDER.createObjectBuilder().add("orderid", orderId).add("reason", reason)));
        return ok(ApiResponses.successBody()
                .add("message", "Canceled " + result.cancelledOrderIds().size() + " orders. Failed to cancel "
                        + result.failureReasonByOrderId().size() + " orders.")
                .add("canceled_orders", Jsonp.PROVIDER.createArrayBuilder(result.cancelledOrderIds()))
                .add("failed_cancellations", failed));
    }

    @POST
    @Path("closeposition")
    public Response closePositions(String body) throws BrokerException {
        StrategySchema close = StrategySchema.parse(body, validator);
        orders.closePositions(user(), close.strategy());
        return ok(ApiResponses.successBody().add("message", POSITIONS_CLOSED));
    }

    /** Each item's outcome: {@code {symbol, status, orderid}} or {@code {symbol, status:"error", message}}. */
    @POST
    @Path("basketorder")
    public Response basketOrder(String body) {
        BasketOrderSchema basket = BasketOrderSchema.parse(body, validator);
        List<OrderRequest> items = basket.orders().stream().map(item -> item.toOrderRequest(basket.strategy())).toList();
        JsonArrayBuilder results = Jsonp.PROVIDER.createArrayBuilder();
        for (BasketItemResult result : orders.placeBasket(user(), items)) {
            JsonObjectBuilder row = Jsonp.PROVIDER.createObjectBuilder().add("symbol", result.symbol());
            results.add(result.placed() ? row.add("status", "success").add("orderid", result.orderId())
                    : row.add("status", "error").add("message", result.error()));
        }
        return ok(ApiResponses.successBody().add("results", results));
    }

    @POST
    @Path("splitorder")
    public Response splitOrder(String body) {
        SplitOrderSchema split = SplitOrderSchema.parse(body, validator);
        OrderRequest order = split.terms().toOrderRequest(split.strategy());
        SplitResponses.requireWithinBound(order.quantity(), split.splitSize());
        String keyHash = String.valueOf(request.getAttribute(RequestContext.API_KEY_HASH_ATTRIBUTE));
        JsonArrayBuilder results = SplitResponses.results(splits.placeSplit(user(), keyHash, order, split.splitSize()));
        return ok(ApiResponses.successBody().add("split_size", split.splitSize())
                .add("total_quantity", ApiResponses.quantity(order.quantity())).add("results", results));
    }

    private Response orderIdResponse(OrderAck ack) {
        return ok(ApiResponses.successBody().add("orderid", ack.orderId()));
    }

    private Response ok(JsonObjectBuilder body) {
        return ApiResponses.success(body, analyzer.analyzeMode());
    }

    private long user() {
        return ApiKeyAuthenticator.authenticatedUser(request);
    }
}
