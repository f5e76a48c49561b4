package io.algogate.gateway.interfaces.rest;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.GttOrder;
import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.application.OrderService;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
 * OpenAlgo's GTT routes. In analyze mode all four answer 501, as OpenAlgo's sandbox does; a broker
 * without GTT answers 501 through {@link BrokerExceptionMapper}, after the body is validated (so a
 * bad body is a 400 naming its fields there too).
 */
@Path("")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@OrderLogged
public class GttResource {

    static final String NOT_IN_ANALYZE_MODE = "GTT orders are not supported in analyze mode";

    @Context
    HttpServletRequest request;

    @Inject
    OrderService orders;

    @Inject
    AnalyzerService analyzer;

    @Inject
    Validator validator;

    /**
     * OpenAlgo's {@code PlaceGTTOrderSchema} ({@link GttOrderSchema}): validated before the broker is
     * asked, so a bad body is a 400 naming its fields even where the broker has no GTT (then 501).
     */
    @POST
    @Path("placegttorder")
    public Response placeGttOrder(String body) throws BrokerException {
        refuseInAnalyzeMode();
        GttOrderSchema gtt = GttOrderSchema.parsePlace(body, validator);
        String triggerId = orders.placeGttOrder(user(), gtt.toGttRequest());
        return ApiResponses.success(ApiResponses.successBody().add("trigger_id", triggerId));
    }

    /** OpenAlgo's {@code ModifyGTTOrderSchema}: the place fields plus {@code trigger_id}, a full replacement. */
    @POST
    @Path("modifygttorder")
    public Response modifyGttOrder(String body) throws BrokerException {
        refuseInAnalyzeMode();
        GttOrderSchema gtt = GttOrderSchema.parseModify(body, validator);
        String triggerId = orders.modifyGttOrder(user(), gtt.triggerId(), gtt.toGttRequest());
        return ApiResponses.success(ApiResponses.successBody().add("trigger_id", triggerId));
    }

    /** OpenAlgo's {@code CancelGTTOrderSchema}: {@code strategy}, {@code trigger_id}; unknown fields dropped. */
    @POST
    @Path("cancelgttorder")
    public Response cancelGttOrder(String body) throws BrokerException {
        refuseInAnalyzeMode();
        JsonRequest json = JsonRequest.parse(body).declare(List.of("apikey", "strategy", "trigger_id"));
        json.string("strategy", true, 256);
        String triggerId = json.string("trigger_id", true, 64).orElse(null);
        json.throwIfInvalid();
        String cancelled = orders.cancelGttOrder(user(), triggerId);
        return ApiResponses.success(ApiResponses.successBody().add("trigger_id", cancelled));
    }

    @POST
    @Path("gttorderbook")
    public Response gttOrderBook(String body) throws BrokerException {
        refuseInAnalyzeMode();
        ApiKeyOnlyRequest.validate(body);
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        for (GttOrder gtt : orders.gttOrderBook(user())) {
            JsonArrayBuilder prices = Jsonp.PROVIDER.createArrayBuilder();
            gtt.triggerPrices().forEach(price -> prices.add(ApiResponses.twoDecimals(price)));
            JsonArrayBuilder legs = Jsonp.PROVIDER.createArrayBuilder();
            gtt.legs().forEach(leg -> legs.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("action", leg.action().name())
                    .add("quantity", ApiResponses.quantity(leg.quantity()))
                    .add("price", ApiResponses.twoDecimals(leg.price()))
                    .add("pricetype", leg.priceType().wireName())
                    .add("product", leg.product().name())));
            rows.add(Jsonp.PROVIDER.createObjectBuilder()
                    .add("trigger_id", gtt.triggerId())
                    .add("trigger_type", gtt.triggerType() == io.algogate.broker.spi.GttTriggerType.OCO ? "two-leg" : "single")
                    .add("status", "active")
                    .add("symbol", gtt.symbol())
                    .add("exchange", gtt.exchange())
                    .add("trigger_prices", prices)
                    .add("last_price", ApiResponses.twoDecimals(gtt.lastPrice()))
                    .add("legs", legs)
                    .add("created_at", gtt.createdAt().toString())
                    .add("updated_at", gtt.updatedAt().toString())
                    .add("expires_at", gtt.expiresAt() == null ? "" : gtt.expiresAt().toString()));
        }
        return ApiResponses.success(ApiResponses.successBody().add("data", rows));
    }

    private void refuseInAnalyzeMode() {
        if (analyzer.analyzeMode()) {
            throw ApiError.of(501, NOT_IN_ANALYZE_MODE);
        }
    }

    private long user() {
        return ApiKeyAuthenticator.authenticatedUser(request);
    }
}
