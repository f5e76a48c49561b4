package io.algogate.it.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Logs a real browser in through the login page, as the trader does, and waits for the dashboard. */
public final class BrowserLogin {

    private BrowserLogin() {
    }

    public static void logIn(Browser browser, String password) {
        WebDriver driver = browser.driver();
        Control.reset(); // the browser comes from loopback: its login bucket is shared with every such test
        // Cookies are deleted for the page's own site, so be on one of the gateway's pages first.
        browser.open("/app/login");
        driver.manage().deleteAllCookies();
        browser.open("/app/login");
        driver.findElement(By.name("username")).sendKeys(Installation.USERNAME);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(browser).until(ExpectedConditions.urlContains("/app/dashboard"));
    }

    /** A wait long enough for a page load on a busy build machine. */
    public static WebDriverWait waitFor(Browser browser) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
    }

    /**
     * Switches the theme with the frame's button (it offers dark from light or the system's, light
     * from dark) until the page comes back in the one asked for.
     */
    /**
     * The page an element belongs to has been replaced. Selenium's {@code stalenessOf}, except that
     * Chromium sometimes reports a replaced node as "does not belong to the document" instead of stale.
     */
    public static ExpectedCondition<Boolean> replaced(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException other) {
                if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw other;
            }
        };
    }

    public static void switchTheme(Browser browser, String theme) {
        WebDriver driver = browser.driver();
        for (int click = 0; click < 2 && !theme.equals(driver.findElement(By.tagName("body")).getAttribute("data-theme"));
                click++) {
            WebElement body = driver.findElement(By.tagName("body"));
            driver.findElement(By.id("theme-toggle")).click();
            waitFor(browser).until(replaced(body));
        }
        if (!theme.equals(driver.findElement(By.tagName("body")).getAttribute("data-theme"))) {
            throw new AssertionError("the page did not switch to the " + theme + " theme");
        }
    }
}
