package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Order;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order book: the day's orders with OpenAlgo's statistics, cancel (one, or every open order) and
 * modify (a form per open order), all through the API's path ({@link DashboardOrderDesk}). A broker's
 * refusal is a message on the page, with the status that says whose fault it was.
 */
@Path("orders")
@Controller
@RequestScoped
public class OrderBookController {

    @Inject
    SignedInUser signedIn;

    @Inject
    TradingDesk trading;

    @Inject
    DashboardOrderDesk desk;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    public Response show() {
        return signedIn.asUser(request, user -> page(user.getId(), null, null, 200));
    }

    @POST
    @Path("{orderId}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("orderId") String orderId, MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> afterAction(user.getId(), desk.cancel(user.getId(), orderId)));
    }

    @POST
    @Path("cancel-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancelAll(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> afterAction(user.getId(), desk.cancelAll(user.getId())));
    }

    @GET
    @Path("{orderId}/modify")
    public Response modifyForm(@PathParam("orderId") String orderId) {
        return signedIn.asUser(request, user -> modifiable(user.getId(), orderId)
                .map(order -> modifyPage(order, values(order), Map.of(), null, 200))
                .orElseGet(() -> notModifiable(user.getId(), orderId)));
    }

    @POST
    @Path("{orderId}/modify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response modify(@PathParam("orderId") String orderId, MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            Optional<OrderRow> order = modifiable(user.getId(), orderId);
            if (order.isEmpty()) {
                return notModifiable(user.getId(), orderId);
            }
            OrderDeskOutcome outcome = desk.modify(user.getId(), orderId, form);
            if (outcome.succeeded()) {
                return page(user.getId(), outcome.message(), null, 200);
            }
            return retryAfter(modifyPage(order.get(), OrderTicketController.prefilled(form), outcome.fieldErrors(),
                    outcome.message(), outcome.status()), outcome);
        });
    }

    private Optional<OrderRow> modifiable(long userId, String orderId) {
        return trading.order(userId, orderId).map(OrderRow::new).filter(OrderRow::isOpen);
    }

    /** 404 for an order the book does not have, 409 for one no longer open: the book, with why. */
    private Response notModifiable(long userId, String orderId) {
        boolean known = trading.order(userId, orderId).isPresent();
        return page(userId, null, known ? "Order " + orderId + " is no longer open: it cannot be modified."
                : "There is no order " + orderId + " in today's order book.", known ? 409 : 404);
    }

    private static Map<String, String> values(OrderRow order) {
        return Map.of("strategy", order.getStrategy() == null ? "" : order.getStrategy(),
                "exchange", order.getExchange(), "symbol", order.getSymbol(), "action", order.getAction(),
                "quantity", order.getQuantity(), "pricetype", order.getPriceType(), "product", order.getProduct(),
                "price", order.getPrice(), "trigger_price", order.getTriggerPrice(), "disclosed_quantity", "0");
    }

    private Response afterAction(long userId, OrderDeskOutcome outcome) {
        return retryAfter(outcome.succeeded() ? page(userId, outcome.message(), null, 200)
                : page(userId, null, outcome.message(), outcome.status()), outcome);
    }

    private Response retryAfter(Response page, OrderDeskOutcome outcome) {
        outcome.retryAfterOn(response);
        return page;
    }

    private Response page(long userId, String notice, String error, int status) {
        TradingDesk.Read<List<Order>> book = trading.orderBook(userId);
        TradingDesk.Read<Optional<FundsSummary>> funds = trading.funds(userId);
        String problem = error != null ? error : book.problem();
        models.put("book", new OrderBookView(book.value().stream().map(OrderRow::new).toList(),
                OrderBookStats.of(book.value()), funds.value().orElse(null),
                request.getContextPath() + LiveDataResource.STREAM_PATH, notice, problem));
        return Response.status(status).entity("orders.jsp").build();
    }

    private Response modifyPage(OrderRow order, Map<String, String> values, Map<String, String> errors, String error,
            int status) {
        models.put("form", new OrderFormView(values, errors, error, null, order.getOrderId(), order));
        return Response.status(status).entity("order-modify.jsp").build();
    }
}
