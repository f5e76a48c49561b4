package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Authenticator;
import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two-factor over HTTP: set up with the page's key and a code, then a login needs the code after the
 * password (within five minutes, each code once), a reset works with the code; finally it is turned
 * off again so the other tests log in with the password alone.
 */
class TwoFactorIT {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");
    private static final Pattern QR = Pattern.compile("id=\"totp-qr\" src=\"data:image/png;base64,");

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        Installation.apiKey();
    }

    @Test
    void setUpThenLoginNeedsTheCodeOnceAndResetWorksWithIt() {
        long auditedBefore = newestAuditId(new Admin());
        WebClient trader = new WebClient();
        assertEquals(303, Installation.logIn(trader, Installation.PASSWORD).statusCode());
        HttpResponse<String> settings = trader.get("/app/profile/totp");
        assertEquals(200, settings.statusCode(), settings.body());
        HttpResponse<String> enrollment = trader.postForm(settings, "/app/profile/totp/begin", Map.of());
        assertEquals(200, enrollment.statusCode(), enrollment.body());
        assertTrue(QR.matcher(enrollment.body()).find(), "a QR code image in the page");
        Matcher secret = SECRET.matcher(enrollment.body());
        assertTrue(secret.find(), enrollment.body());
        Authenticator app = new Authenticator(secret.group(1));

        assertEquals(400, trader.postForm(enrollment, "/app/profile/totp/confirm", Map.of("code", "000000")).statusCode(),
                "a wrong code does not turn it on");
        HttpResponse<String> on = trader.postForm(enrollment, "/app/profile/totp/confirm",
                Map.of("code", app.codeAt(Authenticator.gatewayNow())));
        assertEquals(200, on.statusCode(), on.body());
        assertTrue(on.body().contains("Two-factor is on."));
        try {
            nextStep();
            HttpResponse<String> purposes = trader.postForm(on, "/app/profile/totp/purposes",
                    Map.of("login", "on", "reset", "on", "code", app.codeAt(Authenticator.gatewayNow())));
            assertEquals(200, purposes.statusCode(), purposes.body());

            // The password alone now leads to the code step, and no session exists yet.
            nextStep();
            WebClient browser = new WebClient();
            HttpResponse<String> password = Installation.logIn(browser, Installation.PASSWORD);
            assertEquals(303, password.statusCode());
            assertEquals("/app/login/totp", password.headers().firstValue("Location").orElseThrow());
            assertTrue(browser.cookie("algogate_session").isEmpty());
            HttpResponse<String> codePage = browser.get("/app/login/totp");
            assertEquals(200, codePage.statusCode());
            assertEquals(401, browser.postForm(codePage, "/app/login/totp", Map.of("code", "123456")).statusCode());
            String code = app.codeAt(Authenticator.gatewayNow());
            HttpResponse<String> in = browser.postForm(codePage, "/app/login/totp", Map.of("code", code));
            assertEquals(303, in.statusCode(), in.body());
            assertEquals("/app/dashboard", in.headers().firstValue("Location").orElseThrow());
            assertEquals(200, browser.get("/app/dashboard").statusCode());

            WebClient replay = new WebClient();
            Installation.logIn(replay, Installation.PASSWORD);
            HttpResponse<String> replayPage = replay.get("/app/login/totp");
            assertEquals(401, replay.postForm(replayPage, "/app/login/totp", Map.of("code", code)).statusCode(),
                    "a code is accepted once only");

            // The code step waits five minutes at most.
            WebClient slow = new WebClient();
            Installation.logIn(slow, Installation.PASSWORD);
            HttpResponse<String> slowPage = slow.get("/app/login/totp");
            Control.advance(Duration.ofMinutes(5).plusSeconds(1));
            HttpResponse<String> late = slow.postForm(slowPage, "/app/login/totp",
                    Map.of("code", app.codeAt(Authenticator.gatewayNow())));
            assertEquals(303, late.statusCode());
            assertEquals("/app/login", late.headers().firstValue("Location").orElseThrow());

            // A reset with the code, then the code is needed at login with the new password.
            nextStep();
            WebClient forgetful = new WebClient();
            HttpResponse<String> resetPage = forgetful.get("/app/reset-password/totp");
            assertEquals(400, forgetful.postForm(resetPage, "/app/reset-password/totp", Map.of("email", Installation.EMAIL,
                    "code", "000000", "password", "T0tp#Reset")).statusCode());
            HttpResponse<String> reset = forgetful.postForm(resetPage, "/app/reset-password/totp", Map.of(
                    "email", Installation.EMAIL, "code", app.codeAt(Authenticator.gatewayNow()), "password", "T0tp#Reset"));
            assertEquals(303, reset.statusCode(), reset.body());
            nextStep();
            WebClient back = new WebClient();
            assertEquals("/app/login/totp", Installation.logIn(back, "T0tp#Reset").headers().firstValue("Location")
                    .orElseThrow());
            HttpResponse<String> backPage = back.get("/app/login/totp");
            assertEquals(303, back.postForm(backPage, "/app/login/totp", Map.of("code", app.codeAt(Authenticator.gatewayNow())))
                    .statusCode());
            nextStep();
            HttpResponse<String> backToOld = back.postForm(back.get("/app/reset-password/totp"), "/app/reset-password/totp",
                    Map.of("email", Installation.EMAIL, "code", app.codeAt(Authenticator.gatewayNow()),
                            "password", Installation.PASSWORD));
            assertEquals(303, backToOld.statusCode(), backToOld.body());
        } finally {
            turnOff(app);
        }
        assertEquals(303, Installation.logIn(new WebClient(), Installation.PASSWORD).statusCode());
        assertEquals("/app/dashboard", Installation.logIn(new WebClient(), Installation.PASSWORD).headers()
                .firstValue("Location").orElseThrow(), "with two-factor off, the password is enough again");

        List<String> audited = auditedSince(new Admin(), auditedBefore);
        for (String expected : List.of("TOTP_FAILED two-factor set-up", "SETTINGS_CHANGED two-factor turned on",
                "SETTINGS_CHANGED two-factor required for login: true, for password reset: true, for a new API key: false",
                "TOTP_FAILED null",
                "TOTP_FAILED password reset by authenticator", "SETTINGS_CHANGED two-factor turned off")) {
            assertTrue(audited.contains(expected), expected + " in the audit trail: " + audited);
        }
    }

    private static long newestAuditId(Admin admin) {
        List<JsonObject> rows = Json.parse(admin.browser().get("/admin/api/audit?size=1").body())
                .getJsonArray("entries").getValuesAs(JsonObject.class);
        return rows.isEmpty() ? 0 : rows.get(0).getJsonNumber("id").longValue();
    }

    /** "EVENT detail" of the audit rows after {@code afterId}. */
    private static List<String> auditedSince(Admin admin, long afterId) {
        return Json.parse(admin.browser().get("/admin/api/audit?size=500").body()).getJsonArray("entries")
                .getValuesAs(JsonObject.class).stream().filter(row -> row.getJsonNumber("id").longValue() > afterId)
                .map(row -> row.getString("event") + " " + (row.isNull("detail") ? "null" : row.getString("detail")))
                .toList();
    }

    /** Logs in with password and code where needed, then turns two-factor off with a fresh code. */
    private static void turnOff(Authenticator app) {
        nextStep();
        WebClient browser = new WebClient();
        HttpResponse<String> login = Installation.logIn(browser, Installation.PASSWORD);
        if ("/app/login/totp".equals(login.headers().firstValue("Location").orElse(""))) {
            HttpResponse<String> page = browser.get("/app/login/totp");
            browser.postForm(page, "/app/login/totp", Map.of("code", app.codeAt(Authenticator.gatewayNow())));
            nextStep();
        }
        HttpResponse<String> settings = browser.get("/app/profile/totp");
        HttpResponse<String> off = browser.postForm(settings, "/app/profile/totp/disable",
                Map.of("code", app.codeAt(Authenticator.gatewayNow())));
        assertEquals(200, off.statusCode(), off.body());
        assertTrue(off.body().contains("Two-factor is off."), off.body());
    }

    /** Codes are single use per time step: move the gateway's clock to the next step. */
    private static void nextStep() {
        Control.advance(Duration.ofSeconds(30));
    }
}
