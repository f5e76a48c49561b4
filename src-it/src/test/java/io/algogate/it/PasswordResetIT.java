package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.algogate.it.support.Admin;
import io.algogate.it.support.Control;
import io.algogate.it.support.Identities;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.RawHttp;
import io.algogate.it.support.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Password reset by e-mail, end to end, with a real SMTP server (GreenMail) in this JVM: the same
 * answer for unknown addresses, the link built from the configured base URL even when the request
 * lies about its Host, a single-use token, and the new password works.
 */
class PasswordResetIT {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);
    private static final Pattern LINK = Pattern.compile("(http\\S+/app/reset-password/confirm\\?token=([A-Za-z0-9_-]{43}))");
    private static GreenMail smtp;

    @BeforeAll
    static void startMailServer() {
        ItServer.awaitReady();
        Installation.apiKey();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpResponse<String> configured = new Admin().send("PUT", "/admin/api/smtp", "{\"host\":\"127.0.0.1\",\"port\":"
                + SMTP_PORT + ",\"from\":\"gateway@example.com\",\"security\":\"NONE\"}");
        assertEquals(200, configured.statusCode(), configured.body());
        assertFalse(configured.body().contains("password\":\""), "the SMTP password is never sent back");
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @Test
    void aResetMailedToTheTraderSetsANewPasswordOnceAndUnknownAddressesLearnNothing() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        String unknown = requestWithSpoofedHost("nobody@example.com");
        String known = requestWithSpoofedHost(Installation.EMAIL);
        assertEquals(body(unknown), body(known), "the same answer whether or not the account exists");
        assertEquals(200, RawHttp.status(known));

        assertTrue(smtp.waitForIncomingEmail(15_000, 1), "the reset mail arrives");
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(1, mails.length, "only the existing account gets a mail");
        assertEquals(Installation.EMAIL, mails[0].getAllRecipients()[0].toString());
        String text = GreenMailUtil.getBody(mails[0]).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = LINK.matcher(text);
        assertTrue(link.find(), text);
        assertTrue(link.group(1).startsWith(ItServer.http("/app/reset-password/confirm").toString()),
                "built from the configured base URL, not the Host header: " + link.group(1));
        assertFalse(text.contains("evil.example"), text);

        String token = link.group(2);
        setPassword(token, "N3w#Password", 303);
        assertEquals(401, Installation.logIn(new WebClient(), Installation.PASSWORD).statusCode(), "the old one is gone");
        assertEquals(303, Installation.logIn(new WebClient(), "N3w#Password").statusCode());
        setPassword(token, "An0ther#Pass", 400);

        // Put the installation's password back, the same way, for the other tests.
        smtp.purgeEmailFromAllMailboxes();
        requestWithSpoofedHost(Installation.EMAIL);
        assertTrue(smtp.waitForIncomingEmail(15_000, 1));
        Matcher again = LINK.matcher(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "")
                .replace("=3D", "="));
        assertTrue(again.find());
        setPassword(again.group(2), Installation.PASSWORD, 303);
        assertEquals(303, Installation.logIn(new WebClient(), Installation.PASSWORD).statusCode());
    }

    @Test
    void aLinkExpiresAfterThirtyMinutesByTheGatewaysClock() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        requestWithSpoofedHost(Installation.EMAIL);
        assertTrue(smtp.waitForIncomingEmail(15_000, 1));
        Matcher link = LINK.matcher(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "")
                .replace("=3D", "="));
        assertTrue(link.find());
        WebClient browser = new WebClient();
        assertEquals(200, browser.get("/app/reset-password/confirm?token=" + link.group(2)).statusCode());
        Control.advance(java.time.Duration.ofMinutes(30).plusSeconds(1));
        HttpResponse<String> expired = browser.get("/app/reset-password/confirm?token=" + link.group(2));
        assertEquals(400, expired.statusCode());
        assertTrue(expired.body().contains("reset-invalid"));
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void aWeakNewPasswordIsRefusedWithItsRuleAndABadTokenIsRefused() {
        WebClient browser = new WebClient();
        HttpResponse<String> bad = browser.get("/app/reset-password/confirm?token=" + "x".repeat(43));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("reset-invalid"));
    }

    private static void setPassword(String token, String password, int expectedStatus) {
        WebClient browser = new WebClient();
        HttpResponse<String> form = browser.get("/app/reset-password/confirm?token=" + token);
        if (expectedStatus == 400 && form.statusCode() == 400) {
            return;
        }
        assertEquals(200, form.statusCode(), form.body());
        HttpResponse<String> weak = browser.postForm("/app/reset-password/confirm",
                Map.of("_csrf", WebClient.csrfToken(form), "token", token, "password", "weak"));
        assertEquals(400, weak.statusCode());
        assertTrue(weak.body().contains("at least 8 characters"), weak.body());
        HttpResponse<String> done = browser.postForm("/app/reset-password/confirm",
                Map.of("_csrf", WebClient.csrfToken(form), "token", token, "password", password));
        assertEquals(expectedStatus, done.statusCode(), done.body());
    }

    /** Posts the request form over a raw socket, claiming to be evil.example in Host and Origin. */
    private static String requestWithSpoofedHost(String email) {
        WebClient browser = new WebClient();
        HttpResponse<String> form = browser.get("/app/reset-password");
        String token = WebClient.csrfToken(form);
        String body = "_csrf=" + token + "&email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8);
        String request = "POST /app/reset-password HTTP/1.1\r\nHost: evil.example\r\nOrigin: http://evil.example\r\n"
                + "Cookie: XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN").orElseThrow().getValue() + "\r\n"
                + "X-Forwarded-For: " + Identities.next() + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body;
        return RawHttp.exchange("127.0.0.1", request);
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4).replaceAll("(?s)X-Request-Id.*?\r\n", "")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
    }
}
