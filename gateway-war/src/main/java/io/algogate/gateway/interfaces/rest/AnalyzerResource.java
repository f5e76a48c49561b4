package io.algogate.gateway.interfaces.rest;

import io.algogate.gateway.application.AnalyzerService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
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
@RequestScoped
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzerResource {

    @Context
    HttpServletRequest request;

    @Inject
    AnalyzerService analyzer;

    @Inject
    Validator validator;

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
        ApiKeyAuthenticator.authenticatedUser(request);
        analyzer.switchTo(toggle.mode());
        return ApiResponses.success(ApiResponses.successBody().add("data", state()
                .add("message", "Analyzer mode switched to " + analyzer.modeName())));
    }

    /** {@code {analyze_mode, mode, total_logs}}. */
    private JsonObjectBuilder state() {
        return Json.createObjectBuilder()
                .add("analyze_mode", analyzer.analyzeMode())
                .add("mode", analyzer.modeName())
                .add("total_logs", analyzer.analyzeLogCount());
    }
}
