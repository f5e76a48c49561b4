package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Browser;
import io.algogate.it.support.BrowserPerClass;
import io.algogate.it.support.Control;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** After the daily cut-off (03:00 in India) the next page a trader opens is the login page, saying why. */
class DailyExpiryBrowserIT {

    @RegisterExtension
    static final BrowserPerClass BROWSER = new BrowserPerClass();
    private static Browser browser;

    @BeforeAll
    static void start() {
        ItServer.awaitReady();
        Installation.liveApiKey();
        browser = BROWSER.browser();
    }

    @AfterAll
    static void backToTheTradingDay() {
        // Back in the trading day for the tests after this one; they log in again for a broker session.
        Control.toTradingHours();
    }

    @Test
    void aPageAfterTheCutOffLandsOnTheLoginPageWithTheMessage() {
        browser.startOver();
        browser.logIn(Installation.USERNAME, Installation.PASSWORD);
        browser.open("/app/account");
        assertEquals("/app/account", browser.path());

        Control.advance(Control.untilNextInIndia(LocalTime.of(3, 0)).plus(Duration.ofMinutes(1)));

        browser.open("/app/account");
        assertEquals("/app/login", browser.path());
        assertTrue(browser.driver().getCurrentUrl().endsWith("?expired=1"), browser.driver().getCurrentUrl());
        String notice = browser.driver().findElement(By.id("login-notice")).getText();
        assertTrue(notice.contains("daily cut-off"), notice);
        assertEquals(List.of(), browser.cspViolations());
        browser.screenshot("expired-login");

        browser.open("/app/dashboard");
        assertEquals("/app/login", browser.path(), "the old session stays ended");
    }
}
