package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.BanOutcome;
import io.algogate.gateway.application.BanService;
import io.algogate.gateway.application.ClientHitTracking;
import io.algogate.gateway.application.InvalidKeyTrackingService;
import io.algogate.gateway.application.ManualBan;
import io.algogate.gateway.application.ScanTrackingService;
import io.algogate.gateway.application.TrackerView;
import io.algogate.security.filters.IpAddresses;
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

/**
 * The admin's security page: active bans (unban each), a manual ban, the 404 and invalid-key trackers
 * with what each client tried, and the auto-ban thresholds. The thresholds are MicroProfile Config
 * keys read at startup, so the page shows them with their keys rather than offering to change them.
 */
@Path("admin/security")
@Controller
@RequestScoped
public class AdminSecurityController {

    static final String VIEW = "admin-security.jsp";

    @Inject
    BanService bans;

    @Inject
    ScanTrackingService scans;

    @Inject
    InvalidKeyTrackingService invalidKeys;

    @Inject
    SignedInUser signedIn;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @GET
    public Response show() {
        return signedIn.asAdmin(request, admin -> page(AdminSecurityView.BanForm.EMPTY, null, Response.Status.OK));
    }

    /** Form fields {@code ip}, {@code reason}, {@code duration_hours} (empty: the configured length; 0: permanent). */
    @POST
    @Path("ban")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ban(MultivaluedMap<String, String> form) {
        return signedIn.asAdmin(request, admin -> {
            AdminSecurityView.BanForm typed = new AdminSecurityView.BanForm(form.getFirst("ip"), form.getFirst("reason"),
                    form.getFirst("duration_hours"));
            ManualBan ban;
            try {
                ban = ManualBan.of(typed.getIp(), typed.getReason(), hours(typed.getDurationHours()));
            } catch (IllegalArgumentException bad) {
                return page(typed, bad.getMessage(), Response.Status.BAD_REQUEST);
            }
            if (ban.applyTo(bans) == BanOutcome.NOT_ALLOWED) {
                return page(typed, "This address is on the never-ban list and cannot be banned.", Response.Status.CONFLICT);
            }
            return DashboardSession.redirect(request, "admin/security");
        });
    }

    /** Form field {@code ip}: a banned client as the table names it (an address, or an IPv6 /64). */
    @POST
    @Path("unban")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unban(MultivaluedMap<String, String> form) {
        return signedIn.asAdmin(request, admin -> unban(form.getFirst("ip")));
    }

    private Response unban(String ip) {
        String typed = ip == null ? "" : ip.strip();
        if (typed.isEmpty()) {
            return page(AdminSecurityView.BanForm.EMPTY, "Say which address to unban.", Response.Status.BAD_REQUEST);
        }
        String clientKey = IpAddresses.normalise(typed).map(IpAddresses::clientKey).orElse(typed);
        if (!bans.unban(clientKey)) {
            return page(AdminSecurityView.BanForm.EMPTY, "There is no active ban on " + typed + ".",
                    Response.Status.NOT_FOUND);
        }
        return DashboardSession.redirect(request, "admin/security");
    }

    private static Integer hours(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The hours must be a whole number from 0 (permanent) to "
                    + ManualBan.MAX_HOURS + ", or empty for the default.");
        }
    }

    private Response page(AdminSecurityView.BanForm form, String error, Response.Status status) {
        List<BanRow> active = bans.bans().stream().filter(ban -> ban.active()).map(BanRow::new).toList();
        models.put("security", new AdminSecurityView(active, trackerRows(scans), trackerRows(invalidKeys),
                autoBanSettings(), form, error));
        return Response.status(status).entity(VIEW).build();
    }

    private static List<TrackerRow> trackerRows(ClientHitTracking<?> tracking) {
        String window = ClientHitTracking.describe(tracking.window());
        return tracking.trackers().stream().map((TrackerView tracker) -> new TrackerRow(tracker, window)).toList();
    }

    private List<AutoBanSetting> autoBanSettings() {
        return List.of(
                new AutoBanSetting(scans.thresholdKey(), Integer.toString(scans.threshold()),
                        "404s from one client within the window that ban it"),
                new AutoBanSetting(scans.windowKey(), scans.window().toString(), "the 404 tracker's window"),
                new AutoBanSetting(invalidKeys.thresholdKey(), Integer.toString(invalidKeys.threshold()),
                        "invalid API keys from one client within the window that ban it"),
                new AutoBanSetting(invalidKeys.windowKey(), invalidKeys.window().toString(),
                        "the invalid-key tracker's window"),
                new AutoBanSetting(BanService.BAN_DURATION, bans.defaultDuration().toString(),
                        "how long an automatic ban lasts (and a manual one with no hours given)"),
                new AutoBanSetting(BanService.REPEAT_OFFENDER_LIMIT, Integer.toString(bans.repeatOffenderLimit()),
                        "the ban count at which a ban is permanent"));
    }
}
