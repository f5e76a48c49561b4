package io.algogate.gateway.interfaces.admin;

import io.algogate.gateway.application.SecretRotationService;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.infrastructure.crypto.UnknownEncryptionKeyException;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.security.filters.Jsonp;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The at-rest encryption's admin actions; {@link AdminGuard} requires the admin session and CSRF header. */
@Path("secrets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SecretsAdminResource {

    @Inject
    SecretRotationService rotation;

    @Inject
    SecurityEventLog events;

    @Context
    HttpServletRequest request;

    /** Re-encrypts every stored secret under the current key: {@code {"status","reencrypted","keyId"}}. */
    @POST
    @Path("rotate")
    @Consumes(MediaType.WILDCARD)
    public Response rotate() {
        try {
            SecretRotationService.Rotation done = rotation.rotateAll();
            events.record(SecurityEvent.Type.SECRETS_ROTATED, AdminGuard.admin(request).getUsername(),
                    RequestContext.clientIp(request), done.reencrypted() + " secrets re-encrypted under key "
                    + done.keyId());
            return Response.ok(Jsonp.PROVIDER.createObjectBuilder().add("status", "success")
                    .add("reencrypted", done.reencrypted()).add("keyId", done.keyId()).build()).build();
        } catch (UnknownEncryptionKeyException e) {
            // The message names the key id only; 409: the stored data conflicts with the configured keys.
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Jsonp.PROVIDER.createObjectBuilder().add("status", "error").add("message", e.getMessage())
                            .add("keyId", e.keyId()).build()).build();
        }
    }
}
