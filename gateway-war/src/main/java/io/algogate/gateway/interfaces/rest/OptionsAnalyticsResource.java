package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.Quote;
import io.algogate.gateway.application.InstrumentMasterService;
import io.algogate.gateway.application.OptionAnalyticsService;
import io.algogate.gateway.application.OptionAnalyticsService.Chain;
import io.algogate.gateway.application.OptionAnalyticsService.ChainLeg;
import io.algogate.gateway.application.OptionAnalyticsService.ChainRow;
import io.algogate.gateway.application.OptionAnalyticsService.GreeksResult;
import io.algogate.gateway.application.OptionAnalyticsService.SyntheticFuture;
import io.algogate.gateway.application.OptionsOrderService;
import io.algogate.gateway.application.OptionsOrderService.ResolvedOption;
import io.algogate.gateway.domain.options.OptionGreeks;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;

/**
 * OpenAlgo's options analytics routes: optionsymbol (an offset resolved to a listed option, as
 * optionsorder resolves it, without placing anything), optionchain, syntheticfuture, optiongreeks and
 * multioptiongreeks ({@link OptionAnalyticsService}). Greeks are in OpenAlgo's units (volatility in
 * percent, theta per day, vega and rho per percentage point) and unrounded.
 */
@Path("")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class OptionsAnalyticsResource {

    @Context
    HttpServletRequest request;

    @Inject
    OptionAnalyticsService analytics;

    @Inject
    OptionsOrderService options;

    @Inject
    InstrumentMasterService master;

    @Inject
    Validator validator;

    /** {@code {symbol, exchange, lotsize, tick_size, underlying_ltp}}. */
    @POST
    @Path("optionsymbol")
    public Response optionSymbol(String body) throws BrokerException {
        OptionSymbolSchema query = OptionSymbolSchema.parse(body, validator);
        user();
        ResolvedWithLtp found = unresolvableIsBadRequest(() -> {
            BigDecimal ltp = options.underlyingLtp(query.exchange(), query.underlying());
            ResolvedOption resolved = options.resolve(OptionsOrderSchema.root(query.underlying()), query.exchange(),
                    query.expiry(), query.strikeInt() == null ? null : BigDecimal.valueOf(query.strikeInt()), ltp,
                    query.offset(), query.optionType());
            return new ResolvedWithLtp(resolved, ltp);
        });
        ResolvedOption option = found.option();
        Instrument instrument = master.find(option.exchange(), option.symbol()).orElseThrow();
        return ApiResponses.success(ApiResponses.successBody().add("symbol", option.symbol())
                .add("exchange", option.exchange()).add("lotsize", ApiResponses.quantity(instrument.lotSize()))
                .add("tick_size", instrument.tickSize().stripTrailingZeros()).add("underlying_ltp", found.ltp()));
    }

    /**
     * {@code {underlying, underlying_ltp, underlying_prev_close, expiry_date, expiry_ts, server_ts,
     * atm_strike, quotes_included, greeks_included, forward_price, chain:[{strike, ce, pe}]}}; times in
     * epoch seconds.
     */
    @POST
    @Path("optionchain")
    public Response optionChain(String body) throws BrokerException {
        OptionChainSchema query = OptionChainSchema.parse(body, validator);
        long user = user();
        Chain chain = unresolvableIsBadRequest(() -> analytics.chain(user, query.underlying(), query.exchange(),
                query.expiry(), query.strikeCount(), query.withGreeks(), query.interestRate()));
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        for (ChainRow row : chain.rows()) {
            rows.add(Jsonp.PROVIDER.createObjectBuilder().add("strike", ApiResponses.quantity(row.strike()))
                    .add("ce", leg(row.call(), chain.greeksIncluded()))
                    .add("pe", leg(row.put(), chain.greeksIncluded())));
        }
        return ApiResponses.success(ApiResponses.successBody().add("underlying", chain.underlying())
                .add("underlying_ltp", chain.underlyingQuote().ltp())
                .add("underlying_prev_close", chain.underlyingQuote().prevClose())
                .add("expiry_date", expiryCode(chain.expiry()))
                .add("expiry_ts", chain.expiresAt().getEpochSecond())
                .add("server_ts", chain.serverTime().getEpochSecond())
                .add("atm_strike", ApiResponses.quantity(chain.atmStrike()))
                .add("quotes_included", true).add("greeks_included", chain.greeksIncluded())
                .add("forward_price", chain.forwardPrice())
                .add("chain", rows));
    }

    /** {@code {underlying, underlying_ltp, expiry, atm_strike, synthetic_future_price}}. */
    @POST
    @Path("syntheticfuture")
    public Response syntheticFuture(String body) throws BrokerException {
        SyntheticFutureSchema query = SyntheticFutureSchema.parse(body, validator);
        long user = user();
        SyntheticFuture future = unresolvableIsBadRequest(() -> analytics.syntheticFuture(user, query.underlying(),
                query.exchange(), query.expiry()));
        return ApiResponses.success(ApiResponses.successBody().add("underlying", query.underlying())
                .add("underlying_ltp", future.underlyingLtp()).add("expiry", expiryCode(query.expiry()))
                .add("atm_strike", ApiResponses.quantity(future.atmStrike()))
                .add("synthetic_future_price", future.price()));
    }

    /**
     * {@code {symbol, exchange, underlying, strike, option_type, expiry_date, days_to_expiry,
     * spot_price, option_price, interest_rate, implied_volatility, greeks:{delta, gamma, theta, vega, rho}}}.
     */
    @POST
    @Path("optiongreeks")
    public Response optionGreeks(String body) throws BrokerException {
        OptionGreeksSchema query = OptionGreeksSchema.parse(body, validator);
        long user = user();
        GreeksResult result = unresolvableIsBadRequest(() -> analytics.greeks(user, query.option().symbol(),
                query.option().exchange(), query.terms()));
        return ApiResponses.success(greeks(result, ApiResponses.successBody()));
    }

    /** {@code {data:[{status:"success", ...optiongreeks} | {status:"error", symbol, message}], summary:{total, success, failed}}}. */
    @POST
    @Path("multioptiongreeks")
    public Response multiOptionGreeks(String body) throws BrokerException {
        OptionGreeksSchema.Multi query = OptionGreeksSchema.Multi.parse(body, validator);
        long user = user();
        JsonArrayBuilder data = Jsonp.PROVIDER.createArrayBuilder();
        int succeeded = 0;
        for (OptionGreeksSchema.Option option : query.symbols()) {
            try {
                GreeksResult result = analytics.greeks(user, option.symbol(), option.exchange(), query.terms(option));
                data.add(greeks(result, Jsonp.PROVIDER.createObjectBuilder().add("status", "success")));
                succeeded++;
            } catch (OptionsOrderService.Unresolvable e) {
                data.add(failure(option, e.getMessage()));
            } catch (BrokerException e) {
                if (e.reason() != BrokerException.Reason.REJECTED) {
                    throw e;
                }
                data.add(failure(option, e.getMessage()));
            }
        }
        int total = query.symbols().size();
        return ApiResponses.success(ApiResponses.successBody().add("data", data).add("summary",
                Jsonp.PROVIDER.createObjectBuilder().add("total", total).add("success", succeeded).add("failed", total - succeeded)));
    }

    private static JsonObjectBuilder failure(OptionGreeksSchema.Option option, String message) {
        return Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("symbol", option.symbol())
                .add("exchange", option.exchange()).add("message", message);
    }

    private static JsonObjectBuilder greeks(GreeksResult r, JsonObjectBuilder into) {
        OptionGreeks g = r.greeks();
        return into.add("symbol", r.symbol()).add("exchange", r.exchange()).add("underlying", r.underlying())
                .add("strike", ApiResponses.quantity(r.contract().strike()))
                .add("option_type", r.contract().type().name())
                .add("expiry_date", expiryCode(r.contract().expiry()))
                .add("days_to_expiry", BigDecimal.valueOf(r.daysToExpiry()).setScale(4, RoundingMode.HALF_UP))
                .add("spot_price", r.spotPrice()).add("option_price", r.optionPrice())
                .add("interest_rate", r.ratePercent())
                .add("implied_volatility", g.impliedVolatilityPercent())
                .add("greeks", Jsonp.PROVIDER.createObjectBuilder().add("delta", g.delta()).add("gamma", g.gamma())
                        .add("theta", g.thetaPerDay()).add("vega", g.vegaPerPercent()).add("rho", g.rhoPerPercent()));
    }

    private static JsonValue leg(ChainLeg leg, boolean withGreeks) {
        if (leg == null) {
            return JsonValue.NULL;
        }
        Quote q = leg.quote();
        JsonObjectBuilder json = Jsonp.PROVIDER.createObjectBuilder().add("symbol", leg.instrument().symbol())
                .add("label", leg.label());
        BigDecimal zero = BigDecimal.ZERO;
        json.add("ltp", q == null ? zero : q.ltp()).add("bid", q == null ? zero : q.bid())
                .add("ask", q == null ? zero : q.ask())
                // The SPI's quote has no sizes at the touch; depth has them, at a call per option.
                .add("bid_qty", 0).add("ask_qty", 0)
                .add("open", q == null ? zero : q.open()).add("high", q == null ? zero : q.high())
                .add("low", q == null ? zero : q.low()).add("prev_close", q == null ? zero : q.prevClose())
                .add("volume", q == null ? zero : ApiResponses.quantity(q.volume()))
                .add("oi", q == null ? zero : ApiResponses.quantity(q.oi()))
                .add("lotsize", ApiResponses.quantity(leg.instrument().lotSize()))
                .add("tick_size", leg.instrument().tickSize().stripTrailingZeros());
        if (withGreeks) {
            OptionGreeks g = leg.greeks();
            json.add("implied_volatility", g == null ? 0 : g.impliedVolatilityPercent())
                    .add("delta", g == null ? 0 : g.delta()).add("gamma", g == null ? 0 : g.gamma())
                    .add("theta", g == null ? 0 : g.thetaPerDay()).add("vega", g == null ? 0 : g.vegaPerPercent());
        }
        return json.build();
    }

    static String expiryCode(LocalDate expiry) {
        return expiry.format(OptionLegTerms.EXPIRY).toUpperCase(Locale.ROOT);
    }

    private record ResolvedWithLtp(ResolvedOption option, BigDecimal ltp) {
    }

    /** Work that may find the request unanswerable from the master or the quotes: that is the client's 400. */
    @FunctionalInterface
    private interface Resolution<T> {
        T run() throws BrokerException;
    }

    private static <T> T unresolvableIsBadRequest(Resolution<T> work) throws BrokerException {
        try {
            return work.run();
        } catch (OptionsOrderService.Unresolvable e) {
            throw ApiError.of(400, e.getMessage());
        }
    }

    private long user() {
        return ApiKeyAuthenticator.authenticatedUser(request);
    }
}
