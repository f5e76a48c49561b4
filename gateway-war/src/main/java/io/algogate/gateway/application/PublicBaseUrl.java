package io.algogate.gateway.application;

import io.algogate.gateway.infrastructure.config.GatewaySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;

/**
 * The address users reach the gateway at ({@value #KEY}), the one source of absolute links the gateway
 * hands out (reset mail, webhook URLs, the API key page's example): never a request's Host header,
 * which whoever sends the request controls.
 */
@ApplicationScoped
public class PublicBaseUrl {

    public static final String KEY = "algogate.public-base-url";
    static final String DEFAULT = "http://localhost:9080";

    @Inject
    GatewaySettings settings;

    /** The configured base without a trailing slash, so a path starting with '/' can follow it. */
    public String value() {
        return normalise(settings.optional(KEY).orElse(DEFAULT));
    }

    /** The absolute URL of a path of this gateway. */
    public String resolve(String absolutePath) {
        return value() + absolutePath;
    }

    static String normalise(String base) {
        URI uri = URI.create(base.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalStateException(KEY + " must be an absolute URL such as https://gateway.example.com");
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
