package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.CancelAllResult;
import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.application.OrderLogRecorder;
import io.algogate.gateway.application.OrderService;
import io.algogate.gateway.application.OwnerOrderBudget;
import io.algogate.gateway.interfaces.rest.ApiError;
import io.algogate.gateway.interfaces.rest.BrokerExceptionMapper;
import io.algogate.gateway.interfaces.rest.ModifyOrderSchema;
import io.algogate.gateway.interfaces.rest.PlaceOrderSchema;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.RateLimiter;
import io.algogate.security.filters.RouteClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The dashboard's order actions, on exactly the API's path: the user's per-key order budget
 * ({@link OwnerOrderBudget}), the API's schema and its two-phase validation (the form becomes the JSON
 * body, {@link OrderFormJson}), {@link OrderService} (so analyze mode sends the order to the sandbox),
 * and the order log, under {@code dashboard/placeorder} and the like. Refusals come back as outcomes
 * for the page to show, never as exceptions.
 */
@ApplicationScoped
public class DashboardOrderDesk {

    static final String LOGGED_PREFIX = "dashboard/";

    @Inject
    OrderService orders;

    @Inject
    OwnerOrderBudget budget;

    @Inject
    OrderLogRecorder orderLog;

    @Inject
    AnalyzerService analyzer;

    @Inject
    Validator validator;

    @Inject
    TradingDesk trading;

    /** A broker call that the desk meters, validates around and logs. */
    @FunctionalInterface
    private interface Work {
        OrderDeskOutcome run() throws BrokerException;
    }

    OrderDeskOutcome place(long userId, MultivaluedMap<String, String> form) {
        JsonObject body = OrderFormJson.of(form, OrderFormJson.PLACE_FIELDS);
        return run("placeorder", userId, body, RouteClass.ORDER, () -> OrderDeskOutcome.done(
                orders.placeOrder(userId, PlaceOrderSchema.orderRequest(body.toString(), validator)).orderId(),
                placedWhere("Order placed")));
    }

    /** The order's id comes from the page's path, whatever the form says. */
    OrderDeskOutcome modify(long userId, String orderId, MultivaluedMap<String, String> form) {
        JsonObject body = Jsonp.PROVIDER.createObjectBuilder(OrderFormJson.of(form, OrderFormJson.MODIFY_FIELDS))
                .add("orderid", orderId).build();
        return run("modifyorder", userId, body, RouteClass.ORDER, () -> OrderDeskOutcome.done(
                orders.modifyOrder(userId, ModifyOrderSchema.modifyRequest(body.toString(), validator)).orderId(),
                "Order " + orderId + " modified."));
    }

    OrderDeskOutcome cancel(long userId, String orderId) {
        JsonObject body = Jsonp.PROVIDER.createObjectBuilder().add("orderid", orderId).build();
        return run("cancelorder", userId, body, RouteClass.ORDER, () -> OrderDeskOutcome.done(
                orders.cancelOrder(userId, orderId).orderId(), "Order " + orderId + " cancelled."));
    }

    /** Cancels every open order; like the API's cancelallorder it succeeds when some cancels fail, saying so. */
    OrderDeskOutcome cancelAll(long userId) {
        return run("cancelallorder", userId, JsonObject.EMPTY_JSON_OBJECT, RouteClass.API, () -> {
            CancelAllResult result = orders.cancelAllOrders(userId, null);
            return OrderDeskOutcome.done(null, "Cancelled " + result.cancelledOrderIds().size()
                    + " orders. Failed to cancel " + result.failureReasonByOrderId().size() + " orders.");
        });
    }

    private OrderDeskOutcome run(String endpoint, long userId, JsonObject body, RouteClass routeClass, Work work) {
        OrderDeskOutcome outcome = attempt(userId, routeClass, work);
        orderLog.record(LOGGED_PREFIX + endpoint, body.toString().getBytes(StandardCharsets.UTF_8), userId,
                outcome.status(), answer(outcome).toString());
        return outcome;
    }

    private OrderDeskOutcome attempt(long userId, RouteClass routeClass, Work work) {
        // As the API's key filter refuses a key whose broker session has ended.
        if (!trading.connected(userId)) {
            return OrderDeskOutcome.refused(403, BrokerExceptionMapper.EXPIRED_SESSION);
        }
        RateLimiter.Decision decision = budget.tryConsume(userId, routeClass);
        if (!decision.allowed()) {
            return new OrderDeskOutcome(429, null, "Too many orders. Try again in " + decision.retryAfterSeconds()
                    + " seconds.", Map.of(), decision.retryAfterSeconds());
        }
        try {
            return work.run();
        } catch (ApiError refused) {
            return new OrderDeskOutcome(refused.status(), null, refused.getMessage(), refused.fieldMessages(), 0);
        } catch (BrokerException e) {
            return OrderDeskOutcome.refused(BrokerExceptionMapper.statusOf(e),
                    "The broker refused: " + BrokerExceptionMapper.messageOf(e));
        }
    }

    private String placedWhere(String done) {
        return analyzer.analyzeMode() ? done + " in analyze mode: it went to the sandbox, not to your broker."
                : done + ".";
    }

    /** What the order log keeps as the answer: the API's shapes. */
    private static JsonObject answer(OrderDeskOutcome outcome) {
        JsonObjectBuilder answer = Jsonp.PROVIDER.createObjectBuilder();
        if (outcome.succeeded()) {
            answer.add("status", "success").add("message", outcome.message());
            if (outcome.orderId() != null) {
                answer.add("orderid", outcome.orderId());
            }
            return answer.build();
        }
        JsonObjectBuilder errors = Jsonp.PROVIDER.createObjectBuilder();
        outcome.fieldErrors().forEach(errors::add);
        return answer.add("status", "error").add("message", outcome.message()).add("errors", errors).build();
    }
}
