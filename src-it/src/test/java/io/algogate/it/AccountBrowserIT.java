package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.algogate.it.support.Authenticator;
import io.algogate.it.support.Browser;
import io.algogate.it.support.BrowserLogin;
import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The API key page and the profile in a real browser (issue 9): the key regenerated and shown once,
 * the password change (this session stays, the others end), the SMTP settings with a test mail that
 * reaches a real SMTP server, and a two-factor switch that changes what login asks for. Every page
 * without a Content Security Policy violation, with screenshots in both themes.
 */
class AccountBrowserIT {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3925);
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");
    private static Browser browser;
    private static GreenMail smtp;

    @BeforeAll
    static void start() {
        ItServer.awaitReady();
        Installation.apiKey();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static WebDriver driver() {
        return browser.driver();
    }

    private static void open(String path) {
        browser.open(path);
        assertEquals(List.of(), browser.cspViolations(), path);
    }

    private static WebElement waitFor(By what) {
        return BrowserLogin.waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    /** Submits a form with its button and waits for the answer page to replace this one. */
    private static void submit(By button) {
        WebElement page = driver().findElement(By.tagName("html"));
        driver().findElement(button).click();
        BrowserLogin.waitFor(browser).until(BrowserLogin.replaced(page));
        assertEquals(List.of(), browser.cspViolations(), "after " + button);
    }

    private static void type(String id, String text) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void aRegeneratedKeyIsShownOnceCopiedThenMaskedAndOnlyTheNewOneWorks() {
        String old = Installation.liveApiKey();
        BrowserLogin.logIn(browser, Installation.PASSWORD);
        open("/app/account");
        BrowserLogin.switchTheme(browser, "light");
        assertTrue(driver().findElement(By.id("api-key-masked")).getText().startsWith(old.substring(0, 4)));
        assertFalse(driver().getPageSource().contains(old), "the whole key is never on the page again");
        assertTrue(driver().findElements(By.id("copy-key")).isEmpty(), "nothing to copy while masked");
        assertTrue(driver().findElement(By.id("api-example")).getText().contains("/api/v1/funds"));
        browser.screenshot("account");

        submit(By.id("regenerate-key"));
        String newKey = waitFor(By.id("api-key")).getText().strip();
        assertEquals(64, newKey.length(), newKey);
        Installation.replaceApiKey(newKey);
        WebElement copy = driver().findElement(By.id("copy-key"));
        assertTrue(copy.isDisplayed(), "copy.js shows the copy button");
        copy.click();
        BrowserLogin.waitFor(browser).until(d -> !d.findElement(By.cssSelector("#copy-key + .copy-status")).getText().isEmpty());
        browser.screenshot("account-new-key");

        WebClient api = new WebClient();
        assertEquals(403, api.postJson("/api/v1/ping", "{\"apikey\":\"" + old + "\"}").statusCode(), "the old key is refused");
        assertEquals(200, api.postJson("/api/v1/ping", "{\"apikey\":\"" + newKey + "\"}").statusCode(), "the new one works");

        open("/app/account");
        assertTrue(driver().findElements(By.id("api-key")).isEmpty(), "shown once: not after a reload");
        assertFalse(driver().getPageSource().contains(newKey));
        assertTrue(driver().findElement(By.id("api-key-masked")).getText().startsWith(newKey.substring(0, 4)));
        BrowserLogin.switchTheme(browser, "dark");
        browser.screenshot("account-dark");
        BrowserLogin.switchTheme(browser, "light");
    }

    @Test
    void aPasswordChangeKeepsThisSessionEndsTheOthersAndTheNewPasswordLogsIn() {
        String changed = "Br0wser#Chang3d";
        WebClient other = new WebClient();
        assertEquals(303, Installation.logIn(other, Installation.PASSWORD).statusCode());
        BrowserLogin.logIn(browser, Installation.PASSWORD);
        open("/app/profile");
        BrowserLogin.switchTheme(browser, "light");
        browser.screenshot("profile");

        type("current", Installation.PASSWORD);
        type("new-password", changed);
        type("confirm-password", changed + "x");
        submit(By.id("password-submit"));
        assertTrue(waitFor(By.id("profile-error")).getText().contains("confirmation"));
        assertEquals(200, other.get("/app/dashboard").statusCode(), "a refused change ends nothing");

        try {
            type("current", Installation.PASSWORD);
            type("new-password", changed);
            type("confirm-password", changed);
            submit(By.id("password-submit"));
            assertTrue(waitFor(By.id("profile-notice")).getText().contains("Password changed"));
            assertEquals(303, other.get("/app/dashboard").statusCode(), "the other session is over");
            open("/app/dashboard");
            assertTrue(driver().getCurrentUrl().endsWith("/app/dashboard"), "this session stays");
            assertEquals("/app/dashboard", Installation.logIn(new WebClient(), changed).headers()
                    .firstValue("Location").orElseThrow(), "the new password logs in");
            assertTrue(Installation.logIn(new WebClient(), Installation.PASSWORD).statusCode() != 303, "the old one does not");
        } finally {
            WebClient restore = new WebClient();
            if (Installation.logIn(restore, changed).statusCode() == 303) {
                HttpResponse<String> page = restore.get("/app/profile");
                HttpResponse<String> back = restore.postForm(page, "/app/profile/password", Map.of("current", changed,
                        "password", Installation.PASSWORD, "confirm", Installation.PASSWORD));
                assertEquals(200, back.statusCode(), back.body());
            }
        }
    }

    @Test
    void smtpSettingsAreSavedWithoutShowingThePasswordAndTheTestMailArrives() throws Exception {
        BrowserLogin.logIn(browser, Installation.PASSWORD);
        open("/app/profile");
        type("smtp-host", "127.0.0.1");
        type("smtp-port", "not a port");
        type("smtp-from", "gateway@example.com");
        // The browser would refuse the pattern; drop it so the server's own check answers.
        browser.driver().executeScript("document.getElementById('smtp-port').removeAttribute('pattern')");
        submit(By.id("smtp-save"));
        assertTrue(waitFor(By.id("profile-error")).getText().contains("port must be 1-65535"));
        assertEquals("127.0.0.1", driver().findElement(By.id("smtp-host")).getAttribute("value"), "kept as typed");

        type("smtp-port", Integer.toString(SMTP_PORT));
        new Select(driver().findElement(By.id("smtp-security"))).selectByValue("NONE");
        type("smtp-username", "");
        type("smtp-password", "Smtp#Secret1");
        submit(By.id("smtp-save"));
        assertTrue(waitFor(By.id("profile-notice")).getText().contains("SMTP settings saved"));
        assertEquals("unchanged", driver().findElement(By.id("smtp-password")).getAttribute("placeholder"));
        assertEquals("", driver().findElement(By.id("smtp-password")).getAttribute("value"));
        assertFalse(driver().getPageSource().contains("Smtp#Secret1"), "the password is never shown back");
        // No username: the stored password is not used; this server takes mail without a login.

        smtp.purgeEmailFromAllMailboxes();
        submit(By.id("smtp-test"));
        assertTrue(waitFor(By.id("profile-notice")).getText().contains("test mail was sent to " + Installation.EMAIL));
        assertTrue(smtp.waitForIncomingEmail(15_000, 1), "the test mail arrives");
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertEquals(Installation.EMAIL, mail.getAllRecipients()[0].toString());
        assertEquals("AlgoGate test mail", mail.getSubject());
        open("/app/profile");
        BrowserLogin.switchTheme(browser, "dark");
        browser.screenshot("profile-dark");
        BrowserLogin.switchTheme(browser, "light");

        // A server that does not answer: the reason is on the page, without a stack trace.
        type("smtp-port", "1");
        submit(By.id("smtp-save"));
        submit(By.id("smtp-test"));
        String failure = waitFor(By.id("profile-error")).getText();
        assertTrue(failure.startsWith("The test mail could not be sent:"), failure);
        assertFalse(failure.contains("\tat ") || failure.contains("Exception:"), failure);

        type("smtp-port", Integer.toString(SMTP_PORT));
        submit(By.id("smtp-save"));
        assertTrue(waitFor(By.id("profile-notice")).isDisplayed());
    }

    @Test
    void theSwitchesMakeLoginAndANewKeyAskForTheCode() {
        String key = Installation.liveApiKey();
        WebClient trader = new WebClient();
        assertEquals(303, Installation.logIn(trader, Installation.PASSWORD).statusCode());
        HttpResponse<String> enrollment = trader.postForm(trader.get("/app/profile/totp"), "/app/profile/totp/begin", Map.of());
        Matcher secret = SECRET.matcher(enrollment.body());
        assertTrue(secret.find(), enrollment.body());
        Authenticator app = new Authenticator(secret.group(1));
        assertEquals(200, trader.postForm(enrollment, "/app/profile/totp/confirm",
                Map.of("code", app.codeAt(Authenticator.gatewayNow()))).statusCode());
        try {
            BrowserLogin.logIn(browser, Installation.PASSWORD);
            open("/app/profile");
            assertEquals("true", driver().findElement(By.id("twofactor-state")).getAttribute("data-enabled"));
            assertFalse(driver().findElement(By.id("twofactor-login")).isSelected());

            driver().findElement(By.id("twofactor-login")).click();
            type("twofactor-code", "000000");
            submit(By.id("twofactor-submit"));
            assertTrue(waitFor(By.id("profile-error")).getText().contains("not valid"));
            assertFalse(driver().findElement(By.id("twofactor-login")).isSelected(), "nothing was changed");
            assertEquals("/app/dashboard", Installation.logIn(new WebClient(), Installation.PASSWORD).headers()
                    .firstValue("Location").orElseThrow());

            nextStep();
            driver().findElement(By.id("twofactor-login")).click();
            driver().findElement(By.id("twofactor-apikey")).click();
            type("twofactor-code", app.codeAt(Authenticator.gatewayNow()));
            submit(By.id("twofactor-submit"));
            assertTrue(waitFor(By.id("profile-notice")).getText().contains("Two-factor settings saved"));
            assertTrue(driver().findElement(By.id("twofactor-login")).isSelected());
            assertTrue(driver().findElement(By.id("twofactor-apikey")).isSelected());
            assertFalse(driver().findElement(By.id("twofactor-reset")).isSelected());
            assertEquals("/app/login/totp", Installation.logIn(new WebClient(), Installation.PASSWORD).headers()
                    .firstValue("Location").orElseThrow(), "the password alone now leads to the code step");

            // A new API key now needs the code too.
            open("/app/account");
            type("regenerate-code", "000000");
            submit(By.id("regenerate-key"));
            assertTrue(waitFor(By.id("account-error")).getText().contains("not valid"));
            assertTrue(driver().findElements(By.id("api-key")).isEmpty(), "no new key");
            WebClient api = new WebClient();
            assertEquals(200, api.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}").statusCode(), "the key stays");
            nextStep();
            type("regenerate-code", app.codeAt(Authenticator.gatewayNow()));
            submit(By.id("regenerate-key"));
            String newKey = waitFor(By.id("api-key")).getText().strip();
            Installation.replaceApiKey(newKey);
            assertEquals(403, api.postJson("/api/v1/ping", "{\"apikey\":\"" + key + "\"}").statusCode());
        } finally {
            nextStep();
            HttpResponse<String> off = trader.postForm(trader.get("/app/profile/totp"), "/app/profile/totp/disable",
                    Map.of("code", app.codeAt(Authenticator.gatewayNow())));
            assertEquals(200, off.statusCode(), off.body());
        }
        assertEquals("/app/dashboard", Installation.logIn(new WebClient(), Installation.PASSWORD).headers()
                .firstValue("Location").orElseThrow());
    }

    /** Codes are single use per time step: move the gateway's clock to the next step. */
    private static void nextStep() {
        Control.advance(Duration.ofSeconds(30));
    }
}
