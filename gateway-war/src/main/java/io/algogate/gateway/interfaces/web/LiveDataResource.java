package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Order;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * What {@code static/live.js} fetches to update a page without reloading it, as JSON for a dashboard
 * session (no API key): {@code summary} (funds and P&L keyed by the {@code data-live} names, the
 * numbers the pages show) and {@code orders} (the order book's rows and statistics). The script builds
 * its DOM from these with {@code textContent}, never as HTML. Not a Krazo controller: plain JAX-RS in
 * the dashboard's application, so its GETs need no CSRF token.
 */
@Path("live")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LiveDataResource {

    /** Where pages open the stream: OpenAlgo's socket on the main port, which accepts the session. */
    static final String STREAM_PATH = "/ws";

    @Inject
    SignedInUser signedIn;

    @Inject
    TradingDesk trading;

    @Context
    HttpServletRequest request;

    @GET
    @Path("summary")
    public Response summary() {
        return signedIn.of(request).map(user -> {
            TradingDesk.Read<Optional<FundsSummary>> funds = trading.funds(user.getId());
            return funds.value().map(summary -> json(200, success().add("data", summary.toJson())))
                    .orElseGet(() -> json(502, error(funds.problem())));
        }).orElseGet(LiveDataResource::notSignedIn);
    }

    @GET
    @Path("orders")
    public Response orders() {
        return signedIn.of(request).map(user -> {
            TradingDesk.Read<List<Order>> book = trading.orderBook(user.getId());
            if (!book.ok()) {
                return json(502, error(book.problem()));
            }
            JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
            book.value().stream().map(OrderRow::new).map(LiveDataResource::row).forEach(rows::add);
            OrderBookStats stats = OrderBookStats.of(book.value());
            return json(200, success().add("orders", rows).add("stats", Jsonp.PROVIDER.createObjectBuilder()
                    .add("buy", stats.getBuyOrders()).add("sell", stats.getSellOrders())
                    .add("completed", stats.getCompleted()).add("open", stats.getOpen())
                    .add("rejected", stats.getRejected())));
        }).orElseGet(LiveDataResource::notSignedIn);
    }

    /** One row, with the same columns and texts as the page's table. */
    static JsonObject row(OrderRow order) {
        return Jsonp.PROVIDER.createObjectBuilder().add("orderid", order.getOrderId()).add("time", order.getTime())
                .add("symbol", order.getSymbol()).add("exchange", order.getExchange())
                .add("action", order.getAction()).add("quantity", order.getQuantity())
                .add("pricetype", order.getPriceType()).add("product", order.getProduct())
                .add("price", order.getPrice()).add("trigger_price", order.getTriggerPrice())
                .add("status", order.getStatus()).add("strategy", order.getStrategy() == null ? "" : order.getStrategy())
                .add("open", order.isOpen()).build();
    }

    private static JsonObjectBuilder success() {
        return Jsonp.PROVIDER.createObjectBuilder().add("status", "success");
    }

    private static JsonObjectBuilder error(String message) {
        return Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("message", message);
    }

    private static Response notSignedIn() {
        return json(401, error("Log in to the dashboard."));
    }

    private static Response json(int status, JsonObjectBuilder body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8"))
                .header("Cache-Control", "no-store").entity(body.build().toString()).build();
    }
}
