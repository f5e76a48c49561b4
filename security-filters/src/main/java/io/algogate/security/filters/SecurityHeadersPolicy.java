package io.algogate.security.filters;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the Content Security Policy is sent: enforced (the default) or report-only, for trying a
 * stricter policy on a live installation first. Violations go to {@link #REPORT_PATH} either way.
 *
 * @param webSocketSource the gateway's own socket, {@code ws://host:port/ws} ({@code wss://} behind
 *     HTTPS), built from {@value #PUBLIC_BASE_URL_KEY}: the one socket {@code connect-src} allows
 *     besides {@code 'self'}; null in {@link #defaults()}
 */
public record SecurityHeadersPolicy(boolean reportOnly, String webSocketSource) {

    public static final String REPORT_ONLY_KEY = "algogate.csp.report-only";
    public static final String PUBLIC_BASE_URL_KEY = "algogate.public-base-url";
    public static final String REPORT_PATH = "/csp-report";
    /** The password-reset mail's default too: a development gateway on its default port. */
    public static final String DEFAULT_PUBLIC_BASE_URL = "http://localhost:9080";

    /** Report-only or not, with no socket beyond {@code 'self'}. */
    public SecurityHeadersPolicy(boolean reportOnly) {
        this(reportOnly, null);
    }

    public static SecurityHeadersPolicy defaults() {
        return new SecurityHeadersPolicy(false);
    }

    public static SecurityHeadersPolicy fromConfig(Function<String, Optional<String>> lookup) {
        return new SecurityHeadersPolicy(lookup.apply(REPORT_ONLY_KEY).map(Boolean::parseBoolean).orElse(false),
                webSocketOf(lookup.apply(PUBLIC_BASE_URL_KEY).map(String::trim).filter(url -> !url.isEmpty())
                        .orElse(DEFAULT_PUBLIC_BASE_URL)));
    }

    /**
     * The socket URL of a gateway reached at the base URL: the same host and port, {@code ws} for
     * {@code http} and {@code wss} for {@code https}, path {@link StreamPortPolicy#MAIN_PORT_PATH}.
     */
    static String webSocketOf(String publicBaseUrl) {
        URI base;
        try {
            base = new URI(publicBaseUrl);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Configuration " + PUBLIC_BASE_URL_KEY + " is not a URL", e);
        }
        String scheme = base.getScheme() == null ? "" : AsciiCase.lower(base.getScheme());
        if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
            throw new IllegalStateException("Configuration " + PUBLIC_BASE_URL_KEY + " must be an http or https URL");
        }
        String port = base.getPort() < 0 ? "" : ":" + base.getPort();
        return (scheme.equals("https") ? "wss" : "ws") + "://" + AsciiCase.lower(base.getHost()) + port
                + StreamPortPolicy.MAIN_PORT_PATH;
    }

    public String headerName() {
        return reportOnly ? "Content-Security-Policy-Report-Only" : "Content-Security-Policy";
    }

    /** {@code connect-src}'s sources: the page's own origin and, when known, the gateway's socket. */
    public String connectSources() {
        return webSocketSource == null ? "'self'" : "'self' " + webSocketSource;
    }
}
