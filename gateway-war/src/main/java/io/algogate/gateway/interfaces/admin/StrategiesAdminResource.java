package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.application.StrategyService;
import io.algogate.gateway.domain.IntradayWindow;
import io.algogate.gateway.domain.Strategy;
import io.algogate.gateway.domain.SymbolMapping;
import io.algogate.gateway.interfaces.rest.ApiError;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Webhook strategies for the admin (the dashboard's strategy pages will call these): list, create,
 * read, replace and delete strategies, and add, replace or remove one symbol mapping. A new strategy
 * belongs to the admin who creates it and gets a fresh webhook id, shown in every answer with its
 * path; bodies are {@link StrategyDefinitionSchema}'s. Refusals are in the API's error shape.
 */
@Path("strategies")
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class StrategiesAdminResource {

    public static final String WEBHOOK_PATH = "/strategy/webhook/";
    static final String NO_SUCH_STRATEGY = "No such strategy";

    @Context
    HttpServletRequest request;

    @Inject
    StrategyService strategies;

    @Inject
    Validator validator;

    @GET
    public Response list() {
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        strategies.list().forEach(strategy -> rows.add(view(strategy)));
        return Response.ok(rows.build()).build();
    }

    @POST
    public Response create(String body) {
        StrategyDefinitionSchema schema = StrategyDefinitionSchema.parse(body, validator);
        Strategy created = strategies.create(AdminGuard.admin(request).getId(), schema.toDefinition());
        return Response.status(201).entity(view(created).build()).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        return found(strategies.find(id));
    }

    /** Replaces the whole definition, symbol mappings included; the webhook id stays. */
    @PUT
    @Path("{id}")
    public Response update(@PathParam("id") long id, String body) {
        StrategyDefinitionSchema schema = StrategyDefinitionSchema.parse(body, validator);
        return found(strategies.update(id, schema.toDefinition()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        if (!strategies.delete(id)) {
            return ApiError.of(404, NO_SUCH_STRATEGY).toResponse();
        }
        return Response.ok(Jsonp.PROVIDER.createObjectBuilder().add("status", "success").build()).build();
    }

    /** Adds a mapping, or replaces the one for the same symbol: {@code {symbol, exchange, quantity, product}}. */
    @PUT
    @Path("{id}/symbols")
    public Response putMapping(@PathParam("id") long id, String body) {
        SymbolMapping mapping = StrategyDefinitionSchema.MappingSchema.parse(body, validator).toMapping();
        return found(strategies.putMapping(id, mapping));
    }

    @DELETE
    @Path("{id}/symbols/{symbol}")
    public Response removeMapping(@PathParam("id") long id, @PathParam("symbol") String symbol) {
        return strategies.removeMapping(id, symbol).map(strategy -> Response.ok(view(strategy).build()).build())
                .orElseGet(() -> ApiError.of(404, "No such strategy or symbol mapping").toResponse());
    }

    private static Response found(Optional<Strategy> strategy) {
        return strategy.map(s -> Response.ok(view(s).build()).build())
                .orElseGet(() -> ApiError.of(404, NO_SUCH_STRATEGY).toResponse());
    }

    static JsonObjectBuilder view(Strategy strategy) {
        JsonArrayBuilder symbols = Jsonp.PROVIDER.createArrayBuilder();
        strategy.getSymbolMappings().forEach(mapping -> symbols.add(Jsonp.PROVIDER.createObjectBuilder()
                .add("symbol", mapping.getSymbol()).add("exchange", mapping.getExchange())
                .add("quantity", mapping.getQuantity()).add("product", mapping.getProduct())));
        JsonObjectBuilder view = Jsonp.PROVIDER.createObjectBuilder().add("id", strategy.getId()).add("name", strategy.getName())
                .add("user_id", strategy.getUserId()).add("webhook_id", strategy.getWebhookId())
                .add("webhook_path", WEBHOOK_PATH + strategy.getWebhookId())
                .add("trading_mode", strategy.getTradingMode().name()).add("is_intraday", strategy.isIntraday())
                .add("is_active", strategy.isActive()).add("symbols", symbols)
                .add("created_at", strategy.getCreatedAt().toString()).add("updated_at", strategy.getUpdatedAt().toString());
        Optional<IntradayWindow> window = strategy.intradayWindow();
        window.ifPresent(w -> view.add("start_time", w.start().toString()).add("end_time", w.end().toString())
                .add("squareoff_time", w.squareOff().toString()));
        return view;
    }
}
