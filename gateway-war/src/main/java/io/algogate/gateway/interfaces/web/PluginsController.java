package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.application.BrokerLoginService;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import io.algogate.security.filters.RequestContext;
import io.algogate.gateway.infrastructure.plugins.LoadedPlugin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Function;

/** The installed broker plugins (id, version, source jar, status) and the admin's choice of broker. */
@Path("plugins")
@Controller
@RequestScoped
public class PluginsController {

    @Inject
    BrokerPluginHost host;

    @Inject
    BrokerLoginService brokerLogins;

    @Inject
    SignedInUser signedIn;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() {
        return asAdmin(user -> page(null, null, Response.Status.OK));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response activate(MultivaluedMap<String, String> form) {
        return asAdmin(user -> {
            String id = form.getFirst("id");
            try {
                brokerLogins.activate(user, id, RequestContext.clientIp(request));
                return page("The active broker is now " + id + ".", null, Response.Status.OK);
            } catch (IllegalArgumentException unknown) {
                return page(null, unknown.getMessage(), Response.Status.BAD_REQUEST);
            }
        });
    }

    private Response asAdmin(Function<UserAccount, Response> action) {
        return signedIn.asAdmin(request, action);
    }

    private Response page(String notice, String error, Response.Status status) {
        List<PluginRow> rows = host.loadedPlugins().stream().map(PluginRow::new).toList();
        models.put("plugins", new PluginsView(rows, notice, error));
        return Response.status(status).entity("plugins.jsp").build();
    }

    /** The page's view model. */
    public static class PluginsView {
        private final List<PluginRow> rows;
        private final String notice;
        private final String error;

        PluginsView(List<PluginRow> rows, String notice, String error) {
            this.rows = rows;
            this.notice = notice;
            this.error = error;
        }

        public List<PluginRow> getRows() {
            return rows;
        }

        public String getNotice() {
            return notice;
        }

        public String getError() {
            return error;
        }
    }

    /** One plugin as the page shows it (a JavaBean: JSP's EL cannot read records). */
    public static class PluginRow {
        private final LoadedPlugin plugin;

        PluginRow(LoadedPlugin plugin) {
            this.plugin = plugin;
        }

        public String getId() {
            return plugin.id();
        }

        public String getName() {
            return plugin.plugin().displayName();
        }

        public String getVersion() {
            return plugin.plugin().version();
        }

        public String getSource() {
            return plugin.source();
        }

        public String getStatus() {
            return plugin.status().name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean isActive() {
            return plugin.status() == LoadedPlugin.Status.ACTIVE;
        }
    }
}
