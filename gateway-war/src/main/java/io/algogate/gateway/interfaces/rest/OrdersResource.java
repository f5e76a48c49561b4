package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderStatus;
import io.algogate.gateway.application.OrderService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** {@code placeorder}, {@code cancelorder} and {@code orderbook}, in OpenAlgo's shapes. */
@Path("")
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ENGLISH).withZone(ZoneId.of("Asia/Kolkata"));

    @Context
    HttpServletRequest request;

    @Inject
    OrderService orders;

    @POST
    @Path("placeorder")
    public Response placeOrder(String body) throws BrokerException {
        PlaceOrderRequest order = PlaceOrderRequest.parse(body);
        long userId = ApiKeyAuthenticator.authenticatedUser(request);
        OrderAck ack = orders.placeOrder(userId, order.order());
        return ApiResponses.success(Json.createObjectBuilder().add("status", "success").add("orderid", ack.orderId()));
    }

    /** OpenAlgo's {@code CancelOrderSchema}: {@code strategy} and {@code orderid}, both required. */
    @POST
    @Path("cancelorder")
    public Response cancelOrder(String body) throws BrokerException {
        JsonRequest json = JsonRequest.parse(body).allowOnly(List.of("apikey", "strategy", "orderid"));
        json.string("apikey", false, 256);
        json.string("strategy", true, 256);
        String orderId = json.string("orderid", true, 64).orElse(null);
        json.throwIfInvalid();
        OrderAck ack = orders.cancelOrder(ApiKeyAuthenticator.authenticatedUser(request), orderId);
        return ApiResponses.success(Json.createObjectBuilder().add("status", "success").add("orderid", ack.orderId()));
    }

    @POST
    @Path("orderbook")
    public Response orderBook(String body) throws BrokerException {
        ApiKeyOnlyRequest.validate(body);
        long userId = ApiKeyAuthenticator.authenticatedUser(request);
        List<Order> book = orders.orderBook(userId);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        book.forEach(order -> rows.add(row(order)));
        return ApiResponses.success(Json.createObjectBuilder().add("status", "success")
                .add("data", Json.createObjectBuilder().add("orders", rows).add("statistics", statistics(book))));
    }

    private static JsonObjectBuilder row(Order order) {
        return Json.createObjectBuilder()
                .add("action", order.action().name())
                .add("symbol", order.symbol())
                .add("exchange", order.exchange())
                .add("orderid", order.orderId())
                .add("product", order.product().name())
                .add("quantity", order.quantity())
                .add("price", twoDecimals(order.price()))
                .add("pricetype", order.priceType().wireName())
                .add("order_status", order.status().wireName())
                .add("trigger_price", twoDecimals(order.triggerPrice()))
                .add("timestamp", TIMESTAMP.format(order.placedAt()));
    }

    private static JsonObjectBuilder statistics(List<Order> book) {
        return Json.createObjectBuilder()
                .add("total_buy_orders", count(book, o -> o.action() == Action.BUY))
                .add("total_sell_orders", count(book, o -> o.action() == Action.SELL))
                .add("total_completed_orders", count(book, o -> o.status() == OrderStatus.COMPLETE))
                .add("total_open_orders", count(book, o -> o.status() == OrderStatus.OPEN
                        || o.status() == OrderStatus.TRIGGER_PENDING))
                .add("total_rejected_orders", count(book, o -> o.status() == OrderStatus.REJECTED));
    }

    private static int count(List<Order> book, Predicate<Order> test) {
        return (int) book.stream().filter(test).count();
    }

    private static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
