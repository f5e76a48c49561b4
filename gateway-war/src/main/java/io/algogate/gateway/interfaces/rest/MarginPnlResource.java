package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.MarginResult;
import io.algogate.broker.spi.Position;
import io.algogate.gateway.application.AnalyzerService;
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

/**
 * OpenAlgo's {@code margin} (the broker's margin calculator on 1 to 50 positions) and
 * {@code pnl/symbols} (per-symbol P&amp;L of the sandbox's positions, served in analyze mode only).
 * Neither places orders, so neither is in the order log.
 */
@Path("")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class MarginPnlResource {

    static final String ANALYZE_ONLY = "P&L by symbol is only available in analyze mode";

    @Context
    HttpServletRequest request;

    @Inject
    OrderService orders;

    @Inject
    AnalyzerService analyzer;

    @Inject
    Validator validator;

    /** {@code {data:{total_margin_required, span_margin, exposure_margin[, margin_benefit]}}}. */
    @POST
    @Path("margin")
    public Response margin(String body) throws BrokerException {
        MarginCalculatorSchema margin = MarginCalculatorSchema.parse(body, validator);
        MarginResult result = orders.margin(user(), margin.toMarginPositions());
        JsonObjectBuilder data = Jsonp.PROVIDER.createObjectBuilder()
                .add("total_margin_required", ApiResponses.twoDecimals(result.totalMarginRequired()))
                .add("span_margin", ApiResponses.twoDecimals(result.spanMargin()))
                .add("exposure_margin", ApiResponses.twoDecimals(result.exposureMargin()));
        if (result.marginBenefit() != null) {
            data.add("margin_benefit", ApiResponses.twoDecimals(result.marginBenefit()));
        }
        return ApiResponses.success(ApiResponses.successBody().add("data", data), analyzer.analyzeMode());
    }

    /**
     * {@code {data:[{symbol, exchange, product, quantity, pnl, unrealized_pnl, today_realized_pnl,
     * total_pnl_today}], total_pnl, total_unrealized_pnl, total_today_realized_pnl, total_pnl_today,
     * mode:"analyze"}}. A position's P&amp;L is realised plus unrealised; the unrealised part is
     * (LTP - average price) x net quantity, the rest was realised today (the sandbox keeps a day's book).
     */
    @POST
    @Path("pnl/symbols")
    public Response pnlSymbols(String body) throws BrokerException {
        ApiKeyOnlyRequest.validate(body);
        long user = user();
        if (!analyzer.analyzeMode()) {
            throw ApiError.of(400, ANALYZE_ONLY);
        }
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal totalUnrealized = BigDecimal.ZERO;
        for (Position p : orders.positions(user)) {
            BigDecimal unrealized = p.ltp().subtract(p.averagePrice()).multiply(p.quantity());
            if (p.quantity().signum() == 0 || p.ltp().signum() == 0) {
                unrealized = BigDecimal.ZERO;
            }
            BigDecimal realized = p.pnl().subtract(unrealized);
            total = total.add(p.pnl());
            totalUnrealized = totalUnrealized.add(unrealized);
            rows.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("symbol", p.symbol())
                    .add("exchange", p.exchange())
                    .add("product", p.product().name())
                    .add("quantity", ApiResponses.quantity(p.quantity()))
                    .add("pnl", ApiResponses.twoDecimals(p.pnl()))
                    .add("unrealized_pnl", ApiResponses.twoDecimals(unrealized))
                    .add("today_realized_pnl", ApiResponses.twoDecimals(realized))
                    .add("total_pnl_today", ApiResponses.twoDecimals(p.pnl())));
        }
        return ApiResponses.success(ApiResponses.successBody().add("data", rows)
                .add("total_pnl", ApiResponses.twoDecimals(total))
                .add("total_unrealized_pnl", ApiResponses.twoDecimals(totalUnrealized))
                .add("total_today_realized_pnl", ApiResponses.twoDecimals(total.subtract(totalUnrealized)))
                .add("total_pnl_today", ApiResponses.twoDecimals(total)), true);
    }

    private long user() {
        return ApiKeyAuthenticator.authenticatedUser(request);
    }
}
