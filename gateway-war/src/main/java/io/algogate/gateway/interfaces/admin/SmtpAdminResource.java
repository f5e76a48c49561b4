package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.application.InvalidInputException;
import io.algogate.gateway.application.MailService;
import io.algogate.gateway.application.SmtpSettingsInput;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.domain.SmtpSettings;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;

/**
 * The SMTP server for reset mail. The password is write-only: stored encrypted, never sent back
 * (GET says only whether one is set); a PUT without a password keeps the stored one.
 */
@Path("smtp")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SmtpAdminResource {

    @Inject
    MailService mail;

    @Inject
    SecurityEventLog events;

    @Context
    HttpServletRequest request;

    @GET
    public Response get() {
        return mail.settings().map(s -> Response.ok(view(s).build()).build())
                .orElseGet(() -> Response.ok(Jsonp.PROVIDER.createObjectBuilder().add("configured", false).build()).build());
    }

    /** {@code {"host","port","username"?,"password"?,"from","security":"NONE|STARTTLS|SSL"}}. */
    @PUT
    @Consumes(MediaType.WILDCARD)
    public Response put(String body) {
        JsonObject json;
        try (var reader = Jsonp.PROVIDER.createReader(new StringReader(body == null ? "" : body))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return error("Send a JSON object with host, port, from and security");
        }
        Integer port = json.get("port") instanceof JsonNumber number && number.isIntegral() ? number.intValue() : null;
        SmtpSettingsInput input;
        try {
            input = SmtpSettingsInput.of(text(json, "host"), port, text(json, "username"), text(json, "password"),
                    text(json, "from"), text(json, "security"));
        } catch (InvalidInputException e) {
            return error(e.fieldErrors().values().iterator().next());
        }
        SmtpSettings saved = input.saveThrough(mail);
        events.record(SecurityEvent.Type.SETTINGS_CHANGED, AdminGuard.admin(request).getUsername(),
                RequestContext.clientIp(request), SmtpSettingsInput.auditDetail(saved));
        return Response.ok(view(saved).build()).build();
    }

    private static JsonObjectBuilder view(SmtpSettings settings) {
        return Jsonp.PROVIDER.createObjectBuilder().add("configured", true).add("host", settings.getHost())
                .add("port", settings.getPort()).add("username", settings.getUsername() == null ? "" : settings.getUsername())
                .add("passwordSet", settings.getPasswordEncrypted() != null).add("from", settings.getFromAddress())
                .add("security", settings.getSecurity().name());
    }

    private static String text(JsonObject json, String field) {
        return json.get(field) instanceof JsonString value ? value.getString() : null;
    }

    private static Response error(String message) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("message", message).build()).build();
    }
}
