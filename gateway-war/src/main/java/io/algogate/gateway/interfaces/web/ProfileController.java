package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.AccountService;
import io.algogate.gateway.application.InvalidInputException;
import io.algogate.gateway.application.MailService;
import io.algogate.gateway.application.SmtpSettingsInput;
import io.algogate.gateway.application.TotpService;
import io.algogate.gateway.application.TotpStatus;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.domain.SmtpSettings;
import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.infrastructure.crypto.VerificationBusyException;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.security.filters.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
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
import java.util.Objects;
import java.util.function.Function;

/**
 * The trader's profile: the password change (which ends the user's other sessions), which actions
 * need the two-factor code (set-up itself is {@link TotpSettingsController}'s), and, for the admin, the
 * SMTP server the gateway mails through, with a test mail to the admin's own address.
 */
@Path("profile")
@Controller
@RequestScoped
public class ProfileController {

    static final String TEST_SUBJECT = "AlgoGate test mail";

    @Inject
    AccountService accounts;

    @Inject
    TotpService totp;

    @Inject
    MailService mail;

    @Inject
    SignedInUser signedIn;

    @Inject
    Models models;

    @Inject
    SecurityEventLog events;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() {
        return signedIn.asUser(request, user -> page(user, null, null, Response.Status.OK));
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            if (!Objects.equals(form.getFirst("password"), form.getFirst("confirm"))) {
                return page(user, null, "The new password and its confirmation differ.", Response.Status.BAD_REQUEST);
            }
            try {
                accounts.changePassword(user.getId(), form.getFirst("current"), form.getFirst("password"),
                        request.getSession(false).getId());
                return page(user, "Password changed. Your other sessions were ended.", null, Response.Status.OK);
            } catch (InvalidInputException e) {
                return page(user, null, String.join(" ", e.fieldErrors().values()), Response.Status.BAD_REQUEST);
            } catch (VerificationBusyException busy) {
                return Response.fromResponse(page(user, null, "The server is busy. Try again in a few seconds.",
                        Response.Status.SERVICE_UNAVAILABLE)).header("Retry-After", busy.retryAfterSeconds()).build();
            }
        });
    }

    /** The per-purpose switches; a current code is needed, so a stolen session alone cannot weaken them. */
    @POST
    @Path("twofactor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response twoFactor(MultivaluedMap<String, String> form) {
        return signedIn.asUser(request, user -> {
            if (!totpStatus(user).enabled()) {
                return page(user, null, "Two-factor is off: set it up first.", Response.Status.CONFLICT);
            }
            boolean login = form.containsKey("login");
            boolean reset = form.containsKey("reset");
            boolean apiKey = form.containsKey("apikey");
            try {
                totp.setPurposes(user.getId(), login, reset, apiKey, form.getFirst("code"));
            } catch (InvalidInputException e) {
                audit(user, SecurityEvent.Type.TOTP_FAILED, "two-factor settings");
                return page(user, null, "That code is not valid: nothing was changed.", Response.Status.BAD_REQUEST);
            }
            audit(user, SecurityEvent.Type.SETTINGS_CHANGED, TotpSettingsController.purposesDetail(login, reset, apiKey));
            return page(user, "Two-factor settings saved.", null, Response.Status.OK);
        });
    }

    @POST
    @Path("smtp")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSmtp(MultivaluedMap<String, String> form) {
        return asAdmin(user -> {
            SmtpSettingsInput input;
            try {
                String password = form.getFirst("password");
                input = SmtpSettingsInput.of(form.getFirst("host"), wholeNumber(form.getFirst("port")),
                        form.getFirst("username"), password == null || password.isEmpty() ? null : password,
                        form.getFirst("from"), form.getFirst("security"));
            } catch (InvalidInputException e) {
                // Shown again as typed (the password never), so one slip costs no retyping.
                return page(user, null, "SMTP settings not saved: " + String.join(" ", e.fieldErrors().values()) + ".",
                        Response.Status.BAD_REQUEST, SmtpFormView.typed(form, mail.settings()));
            }
            SmtpSettings saved = input.saveThrough(mail);
            audit(user, SecurityEvent.Type.SETTINGS_CHANGED, SmtpSettingsInput.auditDetail(saved));
            return page(user, "SMTP settings saved.", null, Response.Status.OK);
        });
    }

    /** Mails the signed-in admin through the stored settings and says what the server answered. */
    @POST
    @Path("smtp/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response testSmtp(MultivaluedMap<String, String> form) {
        return asAdmin(user -> {
            if (!mail.isConfigured()) {
                return page(user, null, "No SMTP server is configured yet: save the settings first.",
                        Response.Status.CONFLICT);
            }
            try {
                mail.send(user.getEmail(), TEST_SUBJECT, "This is a test mail from your AlgoGate gateway. "
                        + "Password reset mail will reach you the same way.\n");
                return page(user, "A test mail was sent to " + user.getEmail() + ".", null, Response.Status.OK);
            } catch (MessagingException | RuntimeException e) {
                // Told to the admin who pressed the button, so not logged: the reason quotes the mail server.
                return page(user, null, "The test mail could not be sent: " + reason(e), Response.Status.BAD_GATEWAY);
            }
        });
    }

    /**
     * The failure's own words and its root cause's (a refused connection hides in the cause), on one
     * line, never a trace: Jakarta Mail appends its cause's toString() to its message, cut off here.
     */
    static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nested = message.indexOf("; nested exception is");
        if (nested > 0) {
            message = message.substring(0, nested);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !message.contains(root.getMessage())) {
            message = message + " (" + root.getMessage() + ")";
        }
        return message;
    }

    private static Integer wholeNumber(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void audit(UserAccount user, SecurityEvent.Type type, String detail) {
        events.record(type, user.getUsername(), RequestContext.clientIp(request), detail);
    }

    /** The SMTP server is the installation's, so only the admin changes or tests it. */
    private Response asAdmin(Function<UserAccount, Response> action) {
        return signedIn.asUser(request, user -> user.isAdmin() ? action.apply(user)
                : page(user, null, "Only the admin can change the mail settings.", Response.Status.FORBIDDEN));
    }

    private TotpStatus totpStatus(UserAccount user) {
        return totp.status(user.getId()).orElse(TotpStatus.OFF);
    }

    private Response page(UserAccount user, String notice, String error, Response.Status status) {
        return page(user, notice, error, status, SmtpFormView.stored(mail.settings()));
    }

    private Response page(UserAccount user, String notice, String error, Response.Status status, SmtpFormView smtp) {
        models.put("profile", new ProfileView(user.getUsername(), user.getEmail(), user.isAdmin(), totpStatus(user), notice,
                error));
        models.put("smtp", smtp);
        return Response.status(status).entity("profile.jsp").build();
    }
}
