package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Funds;
import io.algogate.broker.spi.Holding;
import io.algogate.broker.spi.Order;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.Trade;
import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.application.HoldingTotals;
import io.algogate.gateway.application.OrderBookTotals;
import io.algogate.gateway.application.OrderService;
import io.algogate.security.filters.Jsonp;
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
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * OpenAlgo's order information and account routes: orderstatus, openposition, orderbook, tradebook,
 * positionbook, holdings and funds, field by field as OpenAlgo's mapping functions shape them.
 */
@Path("")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** OpenAlgo's book timestamps: {@code 28-Aug-2025 09:59:10}, Indian time. */
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss", Locale.ENGLISH).withZone(ZoneId.of("Asia/Kolkata"));

    @Context
    HttpServletRequest request;

    @Inject
    OrderService orders;

    @Inject
    AnalyzerService analyzer;

    @Inject
    Validator validator;

    /** The order as the book shows it, plus its average fill price; {@code quantity} is a string here. */
    @POST
    @Path("orderstatus")
    public Response orderStatus(String body) throws BrokerException {
        OrderIdSchema query = OrderIdSchema.parse(body, validator);
        long userId = user();
        Order order = orders.orderStatus(userId, query.orderId())
                .orElseThrow(() -> ApiError.of(404, "Order not found"));
        return ok(ApiResponses.successBody().add("data", Jsonp.PROVIDER.createObjectBuilder()
                .add("action", order.action().name())
                .add("average_price", ApiResponses.twoDecimals(orders.averageFillPrice(userId, order.orderId())))
                .add("exchange", order.exchange())
                .add("order_status", order.status().wireName())
                .add("orderid", order.orderId())
                .add("price", ApiResponses.twoDecimals(order.price()))
                .add("pricetype", order.priceType().wireName())
                .add("product", order.product().name())
                .add("quantity", ApiResponses.quantity(order.quantity()).toPlainString())
                .add("symbol", order.symbol())
                .add("timestamp", TIMESTAMP.format(order.placedAt()))
                .add("trigger_price", ApiResponses.twoDecimals(order.triggerPrice()))));
    }

    /** The signed net quantity of one position, 0 when there is none. */
    @POST
    @Path("openposition")
    public Response openPosition(String body) throws BrokerException {
        OpenPositionSchema query = OpenPositionSchema.parse(body, validator);
        BigDecimal quantity = orders.openPosition(user(), query.exchange(), query.symbol(), query.product());
        return ok(ApiResponses.successBody().add("quantity", ApiResponses.quantity(quantity)));
    }

    @POST
    @Path("orderbook")
    public Response orderBook(String body) throws BrokerException {
        ApiKeyOnlyRequest.validate(body);
        List<Order> book = orders.orderBook(user());
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        book.forEach(order -> rows.add(Jsonp.PROVIDER.createObjectBuilder()
                .add("action", order.action().name())
                .add("symbol", order.symbol())
                .add("exchange", order.exchange())
                .add("orderid", order.orderId())
                .add("product", order.product().name())
                .add("quantity", ApiResponses.quantity(order.quantity()))
                .add("price", ApiResponses.twoDecimals(order.price()))
                .add("pricetype", order.priceType().wireName())
                .add("order_status", order.status().wireName())
                .add("trigger_price", ApiResponses.twoDecimals(order.triggerPrice()))
                .add("timestamp", TIMESTAMP.format(order.placedAt()))));
        return ok(ApiResponses.successBody()
                .add("data", Jsonp.PROVIDER.createObjectBuilder().add("orders", rows).add("statistics", orderStatistics(book))));
    }

    @POST
    @Path("tradebook")
    public Response tradeBook(String body) throws BrokerException {
        ApiKeyOnlyRequest.validate(body);
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        for (Trade trade : orders.tradeBook(user())) {
            rows.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("action", trade.action().name())
                    .add("symbol", trade.symbol())
                    .add("exchange", trade.exchange())
                    .add("orderid", trade.orderId())
                    .add("product", trade.product().name())
                    .add("quantity", ApiResponses.quantity(trade.quantity()))
                    .add("average_price", ApiResponses.twoDecimals(trade.averagePrice()))
                    .add("timestamp", TIMESTAMP.format(trade.tradedAt()))
                    .add("trade_value", ApiResponses.twoDecimals(trade.tradeValue())));
        }
        return ok(ApiResponses.successBody().add("data", rows));
    }

    /** Values as strings, as OpenAlgo's positionbook gives them ({@code "quantity":"10"}, {@code "pnl":"12.50"}). */
    @POST
    @Path("positionbook")
    public Response positionBook(String body) throws BrokerException {
        ApiKeyOnlyRequest.validate(body);
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        for (Position position : orders.positions(user())) {
            rows.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("symbol", position.symbol())
                    .add("exchange", position.exchange())
                    .add("product", position.product().name())
                    .add("quantity", ApiResponses.quantity(position.quantity()).toPlainString())
                    .add("average_price", ApiResponses.twoDecimalText(position.averagePrice()))
                    .add("ltp", ApiResponses.twoDecimalText(position.ltp()))
                    .add("pnl", ApiResponses.twoDecimalText(position.pnl())));
        }
        return ok(ApiResponses.successBody().add("data", rows));
    }

    /** The holdings and OpenAlgo's portfolio statistics, computed here from the broker's holdings. */
    @POST
    @Path("holdings")
    public Response holdings(String body) throws BrokerException {
        ApiKeyOnlyRequest.validate(body);
        List<Holding> holdings = orders.holdings(user());
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        holdings.forEach(holding -> rows.add(Jsonp.PROVIDER.createObjectBuilder()
                .add("symbol", holding.symbol())
                .add("exchange", holding.exchange())
                .add("product", holding.product().name())
                .add("quantity", ApiResponses.quantity(holding.quantity()))
                .add("pnl", ApiResponses.twoDecimals(holding.pnl()))
                .add("pnlpercent", ApiResponses.twoDecimals(holding.pnlPercent()))));
        return ok(ApiResponses.successBody().add("data", Jsonp.PROVIDER.createObjectBuilder().add("holdings", rows)
                .add("statistics", holdingStatistics(holdings))));
    }

    /** Strings with two decimals, as OpenAlgo's funds. */
    @POST
    @Path("funds")
    public Response funds(String body) throws BrokerException {
        ApiKeyOnlyRequest.validate(body);
        Funds funds = orders.funds(user());
        return ok(ApiResponses.successBody().add("data", Jsonp.PROVIDER.createObjectBuilder()
                .add("availablecash", ApiResponses.twoDecimalText(funds.availableCash()))
                .add("collateral", ApiResponses.twoDecimalText(funds.collateral()))
                .add("m2mrealized", ApiResponses.twoDecimalText(funds.m2mRealized()))
                .add("m2munrealized", ApiResponses.twoDecimalText(funds.m2mUnrealized()))
                .add("utiliseddebits", ApiResponses.twoDecimalText(funds.utilisedDebits()))));
    }

    /** OpenAlgo's order book statistics ({@link OrderBookTotals}). */
    static JsonObjectBuilder orderStatistics(List<Order> book) {
        OrderBookTotals totals = OrderBookTotals.of(book);
        return Jsonp.PROVIDER.createObjectBuilder()
                .add("total_buy_orders", totals.buyOrders())
                .add("total_sell_orders", totals.sellOrders())
                .add("total_completed_orders", totals.completed())
                .add("total_open_orders", totals.open())
                .add("total_rejected_orders", totals.rejected());
    }

    /** OpenAlgo's {@code calculate_portfolio_statistics} ({@link HoldingTotals}). */
    static JsonObjectBuilder holdingStatistics(List<Holding> holdings) {
        HoldingTotals totals = HoldingTotals.of(holdings);
        return Jsonp.PROVIDER.createObjectBuilder()
                .add("totalholdingvalue", ApiResponses.twoDecimals(totals.holdingValue()))
                .add("totalinvvalue", ApiResponses.twoDecimals(totals.investment()))
                .add("totalprofitandloss", ApiResponses.twoDecimals(totals.pnl()))
                .add("totalpnlpercentage", ApiResponses.twoDecimals(totals.pnlPercent()));
    }

    private Response ok(JsonObjectBuilder body) {
        return ApiResponses.success(body, analyzer.analyzeMode());
    }

    private long user() {
        return ApiKeyAuthenticator.authenticatedUser(request);
    }
}
