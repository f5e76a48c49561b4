package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.application.BanOutcome;
import io.algogate.gateway.application.BanService;
import io.algogate.gateway.application.BanView;
import io.algogate.gateway.application.InvalidKeyTrackingService;
import io.algogate.gateway.application.ManualBan;
import io.algogate.gateway.application.ScanTrackingService;
import io.algogate.gateway.application.TrackerView;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.security.filters.IpAddresses;
import io.algogate.security.filters.Jsonp;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** Bans (list, ban, unban) and the trackers' recent findings, for the dashboard's security pages. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SecurityAdminResource {

    @Inject
    BanService bans;

    @Inject
    ScanTrackingService scans;

    @Inject
    InvalidKeyTrackingService invalidKeys;

    @Inject
    SecurityEventLog events;

    @GET
    @Path("bans")
    public Response list() {
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        bans.bans().forEach(ban -> rows.add(view(ban)));
        return Response.ok(rows.build()).build();
    }

    /** {@code {"ip": "...", "reason": "...", "hours": 24}}; 0 hours is permanent. */
    @POST
    @Path("bans")
    @Consumes(MediaType.WILDCARD)
    public Response ban(String body) {
        JsonObject request;
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(body == null ? "" : body))) {
            request = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return error(400, "Send a JSON object with ip, reason and hours");
        }
        String ip = request.get("ip") instanceof JsonString text ? text.getString() : "";
        String reason = request.get("reason") instanceof JsonString text ? text.getString() : "";
        JsonValue hoursValue = request.get("hours");
        // The API always names the length: 0 is permanent, as the resource has always read it.
        Integer hours = hoursValue instanceof JsonNumber number && number.isIntegral() ? number.intValue() : -1;
        ManualBan ban;
        try {
            ban = ManualBan.of(ip, reason, hours);
        } catch (IllegalArgumentException bad) {
            return error(400, bad.getMessage());
        }
        String clientKey = ban.clientKey();
        if (ban.applyTo(bans) == BanOutcome.NOT_ALLOWED) {
            return error(400, "This address is on the never-ban list and cannot be banned");
        }
        return bans.bans().stream().filter(b -> b.clientKey().equals(clientKey)).findFirst()
                .map(b -> Response.ok(view(b).build()).build())
                .orElseGet(() -> error(500, "The ban was not recorded"));
    }

    @DELETE
    @Path("bans/{ip}")
    public Response unban(@PathParam("ip") String ip) {
        String clientKey = IpAddresses.normalise(ip).map(IpAddresses::clientKey).orElse(ip);
        boolean lifted = bans.unban(clientKey);
        return Response.ok(Jsonp.PROVIDER.createObjectBuilder().add("status", "success").add("unbanned", lifted).build()).build();
    }

    @GET
    @Path("trackers")
    public Response trackers() {
        return Response.ok(Jsonp.PROVIDER.createObjectBuilder()
                .add("notFound", trackers(scans.trackers(), "paths"))
                .add("invalidKeys", trackers(invalidKeys.trackers(), "keyPrefixes")).build()).build();
    }

    /** Every login attempt and other account event (user, address, result, time), newest first. */
    @GET
    @Path("login-activity")
    public Response loginActivity() {
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        events.recent(200).forEach(event -> rows.add(Jsonp.PROVIDER.createObjectBuilder()
                .add("time", text(event.getOccurredAt())).add("event", event.getEventType())
                .add("username", event.getUsername() == null ? "" : event.getUsername())
                .add("clientIp", event.getClientIp() == null ? "" : event.getClientIp())));
        return Response.ok(rows.build()).build();
    }

    private static JsonArrayBuilder trackers(List<TrackerView> views, String listName) {
        JsonArrayBuilder rows = Jsonp.PROVIDER.createArrayBuilder();
        views.forEach(view -> rows.add(Jsonp.PROVIDER.createObjectBuilder().add("clientKey", view.clientKey())
                .add("hits", view.hitsInWindow()).add(listName, Jsonp.PROVIDER.createArrayBuilder(view.lastTried()))
                .add("updatedAt", text(view.updatedAt()))));
        return rows;
    }

    private static JsonObjectBuilder view(BanView ban) {
        return Jsonp.PROVIDER.createObjectBuilder().add("clientKey", ban.clientKey()).add("reason", ban.reason())
                .add("banCount", ban.banCount()).add("bannedAt", text(ban.bannedAt()))
                .add("expiresAt", text(ban.expiresAt())).add("permanent", ban.permanent())
                .add("source", ban.source()).add("active", ban.active());
    }

    private static String text(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("message", message).build()).build();
    }
}
