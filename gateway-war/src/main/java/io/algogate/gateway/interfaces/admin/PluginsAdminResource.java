package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.application.BrokerLoginService;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import io.algogate.gateway.infrastructure.plugins.LoadedPlugin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/** The installed broker plugins (id, version, source jar, status) and the choice of the active one. */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PluginsAdminResource {

    @Inject
    BrokerPluginHost host;

    @Inject
    BrokerLoginService brokerLogins;

    @Context
    HttpServletRequest request;

    @GET
    public Response list() {
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        for (LoadedPlugin plugin : host.loadedPlugins()) {
            rows.add(Jsonp.PROVIDER.createObjectBuilder().add("id", plugin.id()).add("name", plugin.plugin().displayName())
                    .add("version", plugin.plugin().version()).add("spiVersion", plugin.plugin().spiVersion())
                    .add("source", plugin.source()).add("status", plugin.status().name()));
        }
        return Response.ok(rows.build()).build();
    }

    /** {@code {"id": "..."}}: the active broker from now on, and after restarts. */
    @PUT
    @Path("active")
    @Consumes(MediaType.WILDCARD)
    public Response activate(String body) {
        String id;
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(body == null ? "" : body))) {
            JsonObject json = reader.readObject();
            id = json.get("id") instanceof JsonString text ? text.getString() : null;
        } catch (JsonException | IllegalStateException e) {
            id = null;
        }
        if (id == null) {
            return error("Send {\"id\": \"<plugin id>\"}");
        }
        try {
            brokerLogins.activate(AdminGuard.admin(request), id, RequestContext.clientIp(request));
        } catch (IllegalArgumentException unknown) {
            return error(unknown.getMessage());
        }
        return Response.ok(Jsonp.PROVIDER.createObjectBuilder().add("status", "success").add("active", id).build()).build();
    }

    private static Response error(String message) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("message", message).build()).build();
    }
}
