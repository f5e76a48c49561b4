package io.algogate.it.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps of the trading pages' browser ITs: log in through the login page, pick a theme, wait. */
public final class SignedInBrowser {

    public static final Duration WAIT = Duration.ofSeconds(20);

    private SignedInBrowser() {
    }

    /**
     * A browser with the trader logged in, once the server is ready and the live key exists (the tests
     * place orders with it); the console so far is read, so later checks see only their own pages.
     */
    public static Browser start() {
        ItServer.awaitReady();
        Installation.liveApiKey();
        Browser browser = new Browser();
        logIn(browser);
        browser.cspViolations();
        return browser;
    }

    /** Logs the installation's trader in through the login page, as a person would. */
    public static void logIn(Browser browser) {
        Installation.apiKey();
        browser.driver().manage().deleteAllCookies();
        browser.open("/app/login");
        browser.driver().findElement(By.name("username")).sendKeys(Installation.USERNAME);
        browser.driver().findElement(By.name("password")).sendKeys(Installation.PASSWORD);
        browser.driver().findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
        waitFor(browser).until(ExpectedConditions.urlContains("/app/dashboard"));
    }

    /** Sets the theme cookie the theme switch sets ({@code light} or {@code dark}) for the next page. */
    public static void useTheme(Browser browser, String theme) {
        browser.driver().manage().addCookie(new Cookie("algogate_theme", theme, "/"));
    }

    /** A wait that also outlasts live.js replacing the order book's rows under an element it read. */
    public static WebDriverWait waitFor(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The text of the row's status cell, or empty while the row is not there. */
    public static String statusOf(WebDriver driver, String orderId) {
        try {
            return driver.findElements(By.cssSelector("#orderbook tr[data-order-id=\"" + orderId + "\"] td.status"))
                    .stream().findFirst().map(cell -> cell.getText()).orElse("");
        } catch (StaleElementReferenceException rebuilt) {
            return "";
        }
    }
}
