package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Browser;
import io.algogate.it.support.BrowserPerClass;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser harness the dashboard's ITs stand on (issue 9): a real headless chromium logs in through
 * the login page and reaches the dashboard with no Content Security Policy violation, and the
 * harness does see a violation on a test-profile page made to cause one, so "none" means none.
 */
class BrowserHarnessIT {

    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass();
    private static Browser browser;

    @BeforeAll
    static void start() {
        ItServer.awaitReady();
        Installation.apiKey();
        browser = BROWSER.browser();
    }

    @Test
    void aViolationOnPurposeIsSeenAndNotRun() {
        browser.open("/__test/csp-violation");

        assertEquals("not run", browser.driver().findElement(By.id("marker")).getText(), "the inline script was refused");
        List<String> violations = browser.cspViolations();
        assertFalse(violations.isEmpty(), "the refusal is in the browser's console");
        assertTrue(Files.exists(browser.screenshot("csp-violation")));
    }

    @Test
    void theLoginPageAndTheDashboardRenderWithoutACspViolation() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/app/login");
        browser.cspViolations();
        browser.open("/app/login");
        browser.screenshot("login");
        browser.driver().findElement(By.name("username")).sendKeys(Installation.USERNAME);
        browser.driver().findElement(By.name("password")).sendKeys(Installation.PASSWORD);
        browser.driver().findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.urlContains("/app/dashboard"));
        browser.screenshot("dashboard");
        assertEquals(List.of(), browser.cspViolations());
    }
}
