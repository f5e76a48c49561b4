package io.algogate.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser logged in as the admin, for the admin pages' ITs: opens a page, checks it raised no
 * alert and no Content Security Policy violation, and saves its screenshot. It logs in again if another
 * login evicted its session (the registry keeps five per user).
 */
public final class AdminBrowser implements AutoCloseable {

    private final Browser browser = new Browser();

    public AdminBrowser() {
        logIn();
    }

    public Browser browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    }

    /** Logs in through the login form (from loopback, like a browser on the server's machine). */
    public void logIn() {
        browser.open("/app/login");
        if (browser.driver().getCurrentUrl().contains("/app/login")) {
            browser.driver().findElement(By.name("username")).sendKeys(Installation.USERNAME);
            browser.driver().findElement(By.name("password")).sendKeys(Installation.PASSWORD);
            browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
            waiting().until(ExpectedConditions.urlContains("/app/dashboard"));
        }
        browser.cspViolations();
    }

    /**
     * Opens an admin page, logging in again first if the session was evicted, and checks it: no
     * alert was raised, no CSP violation reported, the main content is there. Saves the screenshot.
     */
    public void visit(String path, String screenshot) {
        browser.open(path);
        if (browser.driver().getCurrentUrl().contains("/app/login")) {
            logIn();
            browser.open(path);
        }
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
        checkPage();
        browser.screenshot(screenshot);
    }

    /** The current page raised no alert and the browser reported no CSP violation. */
    public void checkPage() {
        assertThrows(NoAlertPresentException.class, () -> browser.driver().switchTo().alert(),
                "no script of the page's data ran");
        assertEquals(List.of(), browser.cspViolations(), browser.driver().getCurrentUrl());
    }

    /** Switches the theme with the frame's button and waits for the page to come back in it. */
    public void switchTheme(String theme) {
        BrowserLogin.switchTheme(browser, theme);
    }

    @Override
    public void close() {
        browser.close();
    }
}
