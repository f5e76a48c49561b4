package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Candle;
import io.algogate.broker.spi.Depth;
import io.algogate.broker.spi.DepthLevel;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.gateway.application.MarketDataService;
import io.algogate.gateway.application.MarketDataService.QuoteResult;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * OpenAlgo's market data routes, from the active broker ({@link MarketDataService}): quotes,
 * multiquotes, depth (five levels a side, padded with zero levels), history (epoch-second timestamps,
 * {@code oi} always present), intervals and the GET ticker. None places orders, so none is in the
 * order log.
 */
@Path("")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class MarketDataResource {

    static final String NO_HISTORIFY = "source db (OpenAlgo's Historify store) is not available on this gateway;"
            + " use source api";

    @Context
    HttpServletRequest request;

    @Inject
    MarketDataService marketData;

    @Inject
    Validator validator;

    /** {@code {data:{open, high, low, ltp, ask, bid, prev_close, volume, oi}}}. */
    @POST
    @Path("quotes")
    public Response quotes(String body) throws BrokerException {
        SymbolQuerySchema query = SymbolQuerySchema.parse(body, validator);
        return ok(ApiResponses.successBody().add("data", quote(marketData.quote(user(), query.ref()))));
    }

    /** {@code {results:[{symbol, exchange, data:{...}} | {symbol, exchange, error}]}}, in the order asked. */
    @POST
    @Path("multiquotes")
    public Response multiQuotes(String body) throws BrokerException {
        MultiQuotesSchema query = MultiQuotesSchema.parse(body, validator);
        JsonArrayBuilder results = Jsonp.PROVIDER.createArrayBuilder();
        for (QuoteResult result : marketData.quotes(user(), query.symbols())) {
            JsonObjectBuilder row = Jsonp.PROVIDER.createObjectBuilder().add("symbol", result.symbol().symbol())
                    .add("exchange", result.symbol().exchange());
            if (result.quote() != null) {
                row.add("data", quote(result.quote()));
            } else {
                row.add("error", result.error());
            }
            results.add(row);
        }
        return ok(ApiResponses.successBody().add("results", results));
    }

    /**
     * {@code {data:{open, high, low, ltp, ltq, prev_close, volume, oi, totalbuyqty, totalsellqty,
     * asks:[{price, quantity}], bids:[...]}}}, exactly five levels a side.
     */
    @POST
    @Path("depth")
    public Response depth(String body) throws BrokerException {
        SymbolQuerySchema query = SymbolQuerySchema.parse(body, validator);
        Depth depth = marketData.depth(user(), query.ref());
        JsonObjectBuilder data = Jsonp.PROVIDER.createObjectBuilder()
                .add("open", depth.open()).add("high", depth.high()).add("low", depth.low()).add("ltp", depth.ltp())
                .add("ltq", ApiResponses.quantity(depth.ltq())).add("prev_close", depth.prevClose())
                .add("volume", ApiResponses.quantity(depth.volume())).add("oi", ApiResponses.quantity(depth.oi()))
                .add("totalbuyqty", ApiResponses.quantity(depth.totalBuyQuantity()))
                .add("totalsellqty", ApiResponses.quantity(depth.totalSellQuantity()))
                .add("asks", levels(depth.asks())).add("bids", levels(depth.bids()));
        return ok(ApiResponses.successBody().add("data", data));
    }

    /** {@code {data:[{timestamp, open, high, low, close, volume, oi}]}}, timestamps in epoch seconds. */
    @POST
    @Path("history")
    public Response history(String body) throws BrokerException {
        HistorySchema query = HistorySchema.parse(body, validator);
        if (query.source().equals("db")) {
            throw ApiError.of(400, NO_HISTORIFY);
        }
        JsonArrayBuilder candles = Jsonp.PROVIDER.createArrayBuilder();
        for (Candle candle : marketData.history(user(), query.toRequest())) {
            candles.add(candle(candle).add("oi", ApiResponses.quantity(candle.oi())));
        }
        return ok(ApiResponses.successBody().add("data", candles));
    }

    /** {@code {data:{seconds:[], minutes:[], hours:[], days:[], weeks:[], months:[]}}}, each in OpenAlgo's order. */
    @POST
    @Path("intervals")
    public Response intervals(String body) throws BrokerException {
        ApiKeyOnlyRequest.validate(body);
        Set<Interval> offered = marketData.intervals(user());
        Map<Interval.Unit, JsonArrayBuilder> groups = new EnumMap<>(Interval.Unit.class);
        for (Interval.Unit unit : Interval.Unit.values()) {
            groups.put(unit, Jsonp.PROVIDER.createArrayBuilder());
        }
        offered.forEach(interval -> groups.get(interval.unit()).add(interval.wireName()));
        JsonObjectBuilder data = Jsonp.PROVIDER.createObjectBuilder();
        groups.forEach((unit, names) -> data.add(unit.name().toLowerCase(Locale.ROOT), names));
        return ok(ApiResponses.successBody().add("data", data));
    }

    /**
     * {@code GET ticker/<exchange>:<symbol>?apikey&interval=D&from&to&format=json|txt}: history without
     * open interest; {@code txt} gives a header line and one comma-separated line a candle.
     */
    @GET
    @Path("ticker/{ticker}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response ticker(@PathParam("ticker") String ticker, @Context UriInfo uri) throws BrokerException {
        TickerQuery query = TickerQuery.parse(ticker, uri.getQueryParameters());
        List<Candle> candles = marketData.history(user(), new HistoryRequest(new SymbolRef(query.exchange(),
                query.symbol()), query.interval(), query.from(), query.to()));
        if (query.text()) {
            StringBuilder text = new StringBuilder("timestamp,open,high,low,close,volume\n");
            for (Candle c : candles) {
                text.append(c.timestamp().getEpochSecond()).append(',').append(c.open().toPlainString()).append(',')
                        .append(c.high().toPlainString()).append(',').append(c.low().toPlainString()).append(',')
                        .append(c.close().toPlainString()).append(',')
                        .append(ApiResponses.quantity(c.volume()).toPlainString()).append('\n');
            }
            return Response.ok(text.toString(), MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).build();
        }
        JsonArrayBuilder data = Jsonp.PROVIDER.createArrayBuilder();
        candles.forEach(c -> data.add(candle(c)));
        return ok(ApiResponses.successBody().add("data", data));
    }

    static JsonObjectBuilder quote(Quote q) {
        return Jsonp.PROVIDER.createObjectBuilder().add("open", q.open()).add("high", q.high()).add("low", q.low())
                .add("ltp", q.ltp()).add("ask", q.ask()).add("bid", q.bid()).add("prev_close", q.prevClose())
                .add("volume", ApiResponses.quantity(q.volume())).add("oi", ApiResponses.quantity(q.oi()));
    }

    private static JsonObjectBuilder candle(Candle c) {
        return Jsonp.PROVIDER.createObjectBuilder().add("timestamp", c.timestamp().getEpochSecond()).add("open", c.open())
                .add("high", c.high()).add("low", c.low()).add("close", c.close())
                .add("volume", ApiResponses.quantity(c.volume()));
    }

    private static JsonArrayBuilder levels(List<DepthLevel> levels) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        for (int i = 0; i < Depth.LEVELS; i++) {
            DepthLevel level = i < levels.size() ? levels.get(i) : new DepthLevel(BigDecimal.ZERO, BigDecimal.ZERO);
            array.add(Jsonp.PROVIDER.createObjectBuilder().add("price", level.price())
                    .add("quantity", ApiResponses.quantity(level.quantity())));
        }
        return array;
    }

    private static Response ok(JsonObjectBuilder body) {
        return ApiResponses.success(body);
    }

    private long user() {
        return ApiKeyAuthenticator.authenticatedUser(request);
    }
}
