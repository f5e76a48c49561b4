package io.algogate.it.support;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One browser for a test class, started before its tests and closed after them:
 * {@code @RegisterExtension static final BrowserPerClass BROWSER = new BrowserPerClass();}.
 */
public final class BrowserPerClass implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<Browser> starter;
    private Browser browser;

    /** A browser of the IT server. */
    public BrowserPerClass() {
        this(Browser::new);
    }

    public BrowserPerClass(Supplier<Browser> starter) {
        this.starter = starter;
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }
}
