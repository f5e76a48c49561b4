package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.AnalyzerService;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

/** OpenAlgo's {@code analyzer} (the mode) and {@code analyzer/toggle} (switching it). */
@Path("analyzer")
@ApplicationScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzerResource {

    @Context
    HttpServletRequest request;

    @Inject
    AnalyzerService analyzer;

    @Inject
    Validator validator;

    @Inject
    SecurityEventLog events;

    @POST
    public Response status(String body) {
        ApiKeyOnlyRequest.validate(body);
        ApiKeyAuthenticator.authenticatedUser(request);
        return ApiResponses.success(ApiResponses.successBody().add("data", state()));
    }

    @POST
    @Path("toggle")
    public Response toggle(String body) {
        AnalyzerToggleSchema toggle = AnalyzerToggleSchema.parse(body, validator);
        long userId = ApiKeyAuthenticator.authenticatedUser(request);
        analyzer.switchTo(toggle.mode());
        events.record(SecurityEvent.Type.SETTINGS_CHANGED, null, RequestContext.clientIp(request),
                "analyzer mode set to " + analyzer.modeName() + " with the API key of user " + userId);
        return ApiResponses.success(ApiResponses.successBody().add("data", state()
                .add("message", "Analyzer mode switched to " + analyzer.modeName())));
    }

    /** {@code {analyze_mode, mode, total_logs}}. */
    private JsonObjectBuilder state() {
        return Jsonp.PROVIDER.createObjectBuilder()
                .add("analyze_mode", analyzer.analyzeMode())
                .add("mode", analyzer.modeName())
                .add("total_logs", analyzer.analyzeLogCount());
    }
}
