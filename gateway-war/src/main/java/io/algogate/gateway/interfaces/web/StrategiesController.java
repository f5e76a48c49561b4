package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.PublicBaseUrl;
import io.algogate.gateway.application.StrategyDefinition;
import io.algogate.gateway.application.StrategyService;
import io.algogate.gateway.domain.Strategy;
import io.algogate.gateway.domain.SymbolMapping;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.interfaces.admin.StrategiesAdminResource;
import io.algogate.gateway.interfaces.admin.StrategyDefinitionSchema;
import io.algogate.gateway.interfaces.rest.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The trader's webhook strategies: list with each webhook's absolute URL, create, edit, switch on or
 * off, delete, and the symbol mappings. Changes go through {@link StrategyService}, validated by the
 * admin API's own schema ({@link StrategyDefinitionSchema}) fed the form as its JSON body. A user sees
 * and changes only their own strategies; another's id is a 404, as an unknown one is.
 */
@Path("strategies")
@Controller
@RequestScoped
public class StrategiesController {

    /** What a redirect after a change says; the query names one, so no text of the request is echoed. */
    static final Map<String, String> NOTICES = Map.of("created", "Strategy created.", "saved", "Strategy saved.",
            "deleted", "Strategy deleted.", "enabled", "Strategy switched on.", "disabled",
            "Strategy switched off: its webhook refuses signals.", "mapped", "Symbol mapping saved.",
            "unmapped", "Symbol mapping removed.");
    static final String NOT_FOUND = "No such strategy.";

    @Inject
    StrategyService strategies;

    @Inject
    PublicBaseUrl publicBaseUrl;

    @Inject
    Validator validator;

    @Inject
    SignedInUser signedIn;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response list(@QueryParam("done") String done) {
        return signedIn.asUser(request, user -> listPage(user, StrategyFormView.defaults(), notice(done), null, Response.Status.OK));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            try {
                Strategy created = strategies.create(user.getId(), definition(form, List.of()));
                return DashboardSession.redirect(request, "strategies/" + created.getId() + "?done=created");
            } catch (ApiError refused) {
                return listPage(user, StrategyFormView.typed(form), null, refused.getMessage(), Response.Status.BAD_REQUEST);
            }
        });
    }

    @GET
    @Path("{id}")
    public Response edit(@PathParam("id") String id, @QueryParam("done") String done) {
        return withStrategy(id, (user, strategy) -> editPage(user, strategy, StrategyFormView.of(strategy),
                notice(done), null, Response.Status.OK));
    }

    /** Replaces the definition; the mappings stay (they have their own form) and so does the webhook id. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return withStrategy(id, (user, strategy) -> {
            try {
                strategies.update(strategy.getId(), definition(form, strategy.getSymbolMappings()));
                return DashboardSession.redirect(request, "strategies/" + strategy.getId() + "?done=saved");
            } catch (ApiError refused) {
                return editPage(user, strategy, StrategyFormView.typed(form), null, refused.getMessage(),
                        Response.Status.BAD_REQUEST);
            }
        });
    }

    /** Switches the strategy on ({@code active=true}) or off: its webhook refuses signals while off. */
    @POST
    @Path("{id}/active")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setActive(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return withStrategy(id, (user, strategy) -> {
            boolean active = "true".equals(form.getFirst("active"));
            strategies.update(strategy.getId(), new StrategyDefinition(strategy.getName(), strategy.getTradingMode(),
                    strategy.intradayWindow().orElse(null), active, strategy.getSymbolMappings()));
            return DashboardSession.redirect(request, "strategies?done=" + (active ? "enabled" : "disabled"));
        });
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return withStrategy(id, (user, strategy) -> {
            strategies.delete(strategy.getId());
            return DashboardSession.redirect(request, "strategies?done=deleted");
        });
    }

    /** Adds a mapping, or replaces the one for the same symbol. */
    @POST
    @Path("{id}/symbols")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response putMapping(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return withStrategy(id, (user, strategy) -> {
            try {
                strategies.putMapping(strategy.getId(),
                        StrategyDefinitionSchema.MappingSchema.parse(StrategyForm.mappingBody(form), validator).toMapping());
                return DashboardSession.redirect(request, "strategies/" + strategy.getId() + "?done=mapped");
            } catch (ApiError refused) {
                return editPage(user, strategy, StrategyFormView.of(strategy), null, refused.getMessage(),
                        Response.Status.BAD_REQUEST);
            }
        });
    }

    @POST
    @Path("{id}/symbols/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMapping(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return withStrategy(id, (user, strategy) -> strategies.removeMapping(strategy.getId(), form.getFirst("symbol"))
                .map(changed -> DashboardSession.redirect(request, "strategies/" + changed.getId() + "?done=unmapped"))
                .orElseGet(() -> editPage(user, strategy, StrategyFormView.of(strategy), null,
                        "The strategy has no mapping for that symbol.", Response.Status.NOT_FOUND)));
    }

    private StrategyDefinition definition(MultivaluedMap<String, String> form, List<SymbolMapping> mappings) {
        return StrategyDefinitionSchema.parse(StrategyForm.definition(form, mappings), validator).toDefinition();
    }

    /** The notice a redirect's {@code done} names; anything else, or nothing, says nothing. */
    static String notice(String done) {
        return done == null ? null : NOTICES.get(done);
    }

    /** The user's own strategy the path names, or a 404 page for anything else. */
    private Response withStrategy(String id, BiFunction<UserAccount, Strategy, Response> action) {
        return signedIn.asUser(request, user -> ownStrategy(user, id).map(strategy -> action.apply(user, strategy))
                .orElseGet(() -> listPage(user, StrategyFormView.defaults(), null, NOT_FOUND, Response.Status.NOT_FOUND)));
    }

    private Optional<Strategy> ownStrategy(UserAccount user, String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return strategies.find(number).filter(strategy -> user.getId().equals(strategy.getUserId()));
    }

    private StrategyRow row(Strategy strategy) {
        return StrategyRow.of(strategy, publicBaseUrl.resolve(StrategiesAdminResource.WEBHOOK_PATH + strategy.getWebhookId()));
    }

    private Response listPage(UserAccount user, StrategyFormView form, String notice, String error,
            Response.Status status) {
        List<StrategyRow> rows = strategies.list().stream().filter(s -> user.getId().equals(s.getUserId()))
                .map(this::row).toList();
        models.put("strategies", new StrategiesView(rows, null, form, notice, error));
        return Response.status(status).entity("strategies.jsp").build();
    }

    private Response editPage(UserAccount user, Strategy strategy, StrategyFormView form, String notice, String error,
            Response.Status status) {
        models.put("strategies", new StrategiesView(List.of(), row(strategy), form, notice, error));
        return Response.status(status).entity("strategy.jsp").build();
    }
}
