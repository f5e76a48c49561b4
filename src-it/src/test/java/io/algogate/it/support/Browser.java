package io.algogate.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the dashboard's ITs: Debian's chromium, headless, through Debian's chromedriver
 * named explicitly ({@code /usr/bin/chromedriver}; Selenium Manager cannot download anything here),
 * with the sandbox off (CI runs as root) and no background networking. The browser's console is
 * kept, so a test can fail on any Content Security Policy violation; screenshots go to
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    public static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    private static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));

    /** A laptop's window, and a phone's (an iPhone 12 to 15's CSS viewport). */
    public static final Dimension DESKTOP = new Dimension(1280, 900);
    public static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final List<String> consoleSeen = new ArrayList<>();
    private final URI base;

    /** A browser of the IT server. */
    public Browser() {
        this(ItServer.http(""));
    }

    /** A browser of another server than the IT server, at {@code base} such as {@code http://localhost:9295}. */
    public Browser(URI base) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--no-first-run", "--disable-extensions", "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Opens a page of the server by its path. */
    public void open(String path) {
        driver.get(base + path);
    }

    /** Waits (at most 15 s) until the condition holds, e.g. {@code ExpectedConditions.urlContains(...)}. */
    public <T> T await(ExpectedCondition<T> condition) {
        // A page replaced by a form's answer leaves stale elements behind: look again, as a person would.
        // Chromium sometimes reports such an element as "does not belong to the document" instead of stale.
        return new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw e;
                    }
                });
    }

    /** The path of the page the browser shows, e.g. {@code /app/login}. */
    public String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Forgets every cookie of the server (sessions, theme): a browser that has never been here. */
    public void startOver() {
        open("/app/login");
        driver.manage().deleteAllCookies();
    }

    /** Logs in through the login form and waits until the browser has left the login page. */
    public void logIn(String username, String password) {
        submitLogin(username, password);
        await(ExpectedConditions.not(ExpectedConditions.urlMatches("/app/login$")));
    }

    /** Opens the login page and submits the form, not waiting for the answer. */
    public void submitLogin(String username, String password) {
        open("/app/login");
        driver.findElement(By.name("username")).sendKeys(username);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    }

    /** Chooses the theme the way the theme switch's cookie does (the page must be of this server). */
    public void useTheme(String theme) {
        driver.manage().deleteCookieNamed("algogate_theme");
        driver.manage().addCookie(new Cookie("algogate_theme", theme, "/"));
    }

    /** Resizes the window, e.g. to {@link #PHONE}. */
    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /** Whether the page is wider than the window, so the phone user would scroll the whole page sideways. */
    public boolean overflowsHorizontally() {
        Object overflow = driver.executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth;");
        return Boolean.TRUE.equals(overflow);
    }

    /** The console lines since the last call that report a Content Security Policy violation. */
    public List<String> cspViolations() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            consoleSeen.add(entry.getMessage());
            if (entry.getMessage().contains("Content Security Policy")) {
                violations.add(entry.getMessage());
            }
        }
        return violations;
    }

    /** Saves a screenshot of the current page as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
