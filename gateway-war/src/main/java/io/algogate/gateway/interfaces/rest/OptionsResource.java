package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.OrderAck;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.application.OptionsOrderService;
import io.algogate.gateway.application.OptionsOrderService.ResolvedOption;
import io.algogate.gateway.application.OrderService;
import io.algogate.gateway.application.SplitOrderService;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * OpenAlgo's options order routes: {@code optionsorder} resolves an offset (ATM, ITMn, OTMn) to a
 * listed option of the underlying's chain and places it; {@code optionsmultiorder} does so for 1 to 20
 * legs on one LTP, BUY legs before SELL legs (so hedges are in place before the short legs need their
 * margin), each leg's outcome reported on its own. Both are order routes, in the order log.
 */
@Path("")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@OrderLogged
public class OptionsResource {

    @Context
    HttpServletRequest request;

    @Inject
    OrderService orders;

    @Inject
    OptionsOrderService options;

    @Inject
    SplitOrderService splits;

    @Inject
    AnalyzerService analyzer;

    @Inject
    Validator validator;

    /**
     * {@code {orderid, symbol, exchange, offset, option_type, underlying, underlying_ltp}}; with a
     * {@code splitsize}, the split's {@code split_size}, {@code total_quantity} and {@code results}
     * instead of one {@code orderid}.
     */
    @POST
    @Path("optionsorder")
    public Response optionsOrder(String body) throws BrokerException {
        OptionsOrderSchema order = OptionsOrderSchema.parse(body, validator);
        BigDecimal ltp = ltp(order.exchange(), order.underlying());
        OptionLegTerms terms = order.terms();
        ResolvedOption option = resolve(order.underlying(), order.exchange(), order.expiry(), order.strikeInt(), ltp,
                terms);
        OrderRequest placed = orderFor(order.strategy(), option, terms);
        JsonObjectBuilder answer = ApiResponses.successBody();
        if (terms.splitSize() > 0) {
            JsonObject split = split(placed, terms.splitSize());
            answer.add("split_size", terms.splitSize()).add("total_quantity", split.get("total_quantity"))
                    .add("results", split.get("results"));
        } else {
            answer.add("orderid", orders.placeOrder(user(), placed).orderId());
        }
        answer.add("symbol", option.symbol()).add("exchange", option.exchange())
                .add("offset", terms.offset()).add("option_type", terms.optionType().name())
                .add("underlying", order.underlying()).add("underlying_ltp", ltp);
        return ok(answer);
    }

    /**
     * {@code {underlying, underlying_ltp, results:[{leg, action, offset, option_type, symbol, orderid,
     * status, mode}]}}, results in leg order; a leg that fails carries {@code status:"error"} and its
     * {@code message}, and the others still run.
     */
    @POST
    @Path("optionsmultiorder")
    public Response optionsMultiOrder(String body) throws BrokerException {
        OptionsMultiOrderSchema multi = OptionsMultiOrderSchema.parse(body, validator);
        BigDecimal ltp = ltp(multi.exchange(), multi.underlying());
        List<Integer> order = new ArrayList<>();
        for (Action side : List.of(Action.BUY, Action.SELL)) {
            for (int i = 0; i < multi.legs().size(); i++) {
                if (multi.legs().get(i).action() == side) {
                    order.add(i);
                }
            }
        }
        List<Map.Entry<Integer, JsonObject>> outcomes = new ArrayList<>();
        for (int index : order) {
            outcomes.add(Map.entry(index, leg(multi, index, ltp)));
        }
        JsonArrayBuilder results = Jsonp.PROVIDER.createArrayBuilder();
        outcomes.stream().sorted(Comparator.comparing(Map.Entry::getKey)).forEach(e -> results.add(e.getValue()));
        return ok(ApiResponses.successBody().add("underlying", multi.underlying()).add("underlying_ltp", ltp)
                .add("results", results));
    }

    private JsonObject leg(OptionsMultiOrderSchema multi, int index, BigDecimal ltp) {
        OptionLegTerms leg = multi.legs().get(index);
        JsonObjectBuilder row = Jsonp.PROVIDER.createObjectBuilder().add("leg", index + 1).add("action", leg.action().name())
                .add("offset", leg.offset()).add("option_type", leg.optionType().name());
        try {
            LocalDate expiry = leg.expiry() != null ? leg.expiry() : multi.expiry();
            ResolvedOption option = resolve(multi.underlying(), multi.exchange(), expiry, multi.strikeInt(), ltp, leg);
            row.add("symbol", option.symbol());
            OrderRequest placed = orderFor(multi.strategy(), option, leg);
            if (leg.splitSize() > 0) {
                JsonObject split = split(placed, leg.splitSize());
                row.add("status", "success").add("total_quantity", split.get("total_quantity"))
                        .add("split_results", split.get("results"));
            } else {
                OrderAck ack = orders.placeOrder(user(), placed);
                row.add("orderid", ack.orderId()).add("status", "success");
            }
        } catch (OptionsOrderService.Unresolvable | BrokerException e) {
            row.add("status", "error").add("message", e.getMessage());
        }
        return row.add("mode", analyzer.modeName()).build();
    }

    private BigDecimal ltp(String exchange, String underlying) throws BrokerException {
        try {
            return options.underlyingLtp(exchange, underlying);
        } catch (OptionsOrderService.Unresolvable e) {
            throw ApiError.of(400, e.getMessage());
        } catch (BrokerException e) {
            if (e.reason() == BrokerException.Reason.REJECTED) {
                throw ApiError.of(400, "No quote for the underlying " + underlying + " on " + exchange + ": "
                        + e.getMessage());
            }
            throw e;
        }
    }

    private ResolvedOption resolve(String underlying, String exchange, LocalDate expiry, Integer strikeInt,
            BigDecimal ltp, OptionLegTerms terms) {
        try {
            return options.resolve(OptionsOrderSchema.root(underlying), exchange, expiry,
                    strikeInt == null ? null : BigDecimal.valueOf(strikeInt), ltp, terms.offset(), terms.optionType());
        } catch (OptionsOrderService.Unresolvable e) {
            throw ApiError.of(400, e.getMessage());
        }
    }

    private static OrderRequest orderFor(String strategy, ResolvedOption option, OptionLegTerms terms) {
        return new OrderRequest(strategy, option.exchange(), option.symbol(), terms.action(), terms.quantity(),
                terms.priceType(), terms.product(), terms.price(), terms.triggerPrice(), terms.disclosedQuantity());
    }

    /** A split as splitorder places it: {@code total_quantity} and {@code results}. */
    private JsonObject split(OrderRequest order, int splitSize) {
        SplitResponses.requireWithinBound(order.quantity(), splitSize);
        String keyHash = String.valueOf(request.getAttribute(RequestContext.API_KEY_HASH_ATTRIBUTE));
        JsonArrayBuilder results = SplitResponses.results(splits.placeSplit(user(), keyHash, order, splitSize));
        return Jsonp.PROVIDER.createObjectBuilder().add("total_quantity", ApiResponses.quantity(order.quantity()))
                .add("results", results).build();
    }

    private Response ok(JsonObjectBuilder body) {
        return ApiResponses.success(body, analyzer.analyzeMode());
    }

    private long user() {
        return ApiKeyAuthenticator.authenticatedUser(request);
    }
}
