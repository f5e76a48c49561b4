package io.algogate.security.filters;

import java.util.Optional;
import java.util.function.Function;

/**
 * How the Content Security Policy is sent: enforced (the default) or report-only, for trying a
 * stricter policy on a live installation first. Violations go to {@link #REPORT_PATH} either way.
 */
public record SecurityHeadersPolicy(boolean reportOnly) {

    public static final String REPORT_ONLY_KEY = "algogate.csp.report-only";
    public static final String REPORT_PATH = "/csp-report";

    public static SecurityHeadersPolicy defaults() {
        return new SecurityHeadersPolicy(false);
    }

    public static SecurityHeadersPolicy fromConfig(Function<String, Optional<String>> lookup) {
        return new SecurityHeadersPolicy(lookup.apply(REPORT_ONLY_KEY).map(Boolean::parseBoolean).orElse(false));
    }

    public String headerName() {
        return reportOnly ? "Content-Security-Policy-Report-Only" : "Content-Security-Policy";
    }
}
