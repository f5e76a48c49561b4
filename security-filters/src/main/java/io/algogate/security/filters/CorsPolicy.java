package io.algogate.security.filters;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Which other web sites may read {@code /api/} responses through a browser. Off by default. A
 * wildcard origin is refused: with it any site a user visits could read the API's answers.
 *
 * @param enabled whether CORS headers are sent at all
 * @param allowedOrigins exact origins ({@code scheme://host[:port]}), normalised by {@link #normaliseOrigin}
 * @param allowCredentials whether {@code Access-Control-Allow-Credentials: true} is sent
 * @param allowedMethods methods a preflight may allow
 * @param allowedHeaders request headers a preflight may allow
 * @param exposedHeaders response headers the other site's script may read
 * @param maxAgeSeconds how long a browser may cache a preflight answer
 */
public record CorsPolicy(boolean enabled, Set<String> allowedOrigins, boolean allowCredentials,
        List<String> allowedMethods, List<String> allowedHeaders, List<String> exposedHeaders, long maxAgeSeconds) {

    public static final String ENABLED_KEY = "algogate.cors.enabled";
    public static final String ALLOWED_ORIGINS_KEY = "algogate.cors.allowed-origins";
    public static final String ALLOW_CREDENTIALS_KEY = "algogate.cors.allow-credentials";
    public static final String ALLOWED_METHODS_KEY = "algogate.cors.allowed-methods";
    public static final String ALLOWED_HEADERS_KEY = "algogate.cors.allowed-headers";
    public static final String EXPOSED_HEADERS_KEY = "algogate.cors.exposed-headers";
    public static final String MAX_AGE_KEY = "algogate.cors.max-age";

    static final String DEFAULT_METHODS = "GET,POST,DELETE,PUT,PATCH";
    static final String DEFAULT_HEADERS = "Content-Type,Authorization,X-Requested-With,X-API-KEY";
    static final long DEFAULT_MAX_AGE_SECONDS = 86_400;

    public CorsPolicy {
        allowedOrigins = Set.copyOf(allowedOrigins);
        allowedMethods = List.copyOf(allowedMethods);
        allowedHeaders = List.copyOf(allowedHeaders);
        exposedHeaders = List.copyOf(exposedHeaders);
        if (allowedOrigins.contains("*")) {
            throw new IllegalStateException(ALLOWED_ORIGINS_KEY + " must not contain '*': list the exact origins"
                    + " that may read API responses");
        }
        if (enabled && allowedOrigins.isEmpty()) {
            throw new IllegalStateException(ENABLED_KEY + " is true but " + ALLOWED_ORIGINS_KEY
                    + " lists no origin: list the exact origins, or turn CORS off");
        }
        if (maxAgeSeconds < 0) {
            throw new IllegalStateException(MAX_AGE_KEY + " must not be negative");
        }
    }

    /** No CORS headers on any response: browsers then keep other sites from reading the API. */
    public static CorsPolicy disabled() {
        return new CorsPolicy(false, Set.of(), false, List.of(), List.of(), List.of(), 0);
    }

    /** Reads the {@code algogate.cors.*} keys; a blank value counts as absent. Throws on a bad value. */
    public static CorsPolicy fromConfig(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> present =
                key -> lookup.apply(key).map(String::strip).filter(v -> !v.isEmpty());
        Set<String> origins = new LinkedHashSet<>();
        for (String origin : commaList(present.apply(ALLOWED_ORIGINS_KEY).orElse(""))) {
            origins.add("*".equals(origin) ? origin : normaliseOrigin(origin).orElseThrow(() ->
                    new IllegalStateException(ALLOWED_ORIGINS_KEY + ": '" + origin
                            + "' is not an origin such as https://app.example.com:8443")));
        }
        return new CorsPolicy(
                bool(present, ENABLED_KEY),
                origins,
                bool(present, ALLOW_CREDENTIALS_KEY),
                commaList(present.apply(ALLOWED_METHODS_KEY).orElse(DEFAULT_METHODS)),
                commaList(present.apply(ALLOWED_HEADERS_KEY).orElse(DEFAULT_HEADERS)),
                commaList(present.apply(EXPOSED_HEADERS_KEY).orElse("")),
                maxAge(present.apply(MAX_AGE_KEY)));
    }

    /** Whether an {@code Origin} header names an allowed origin. */
    public boolean allows(String origin) {
        return enabled && origin != null && normaliseOrigin(origin).filter(allowedOrigins::contains).isPresent();
    }

    /**
     * {@code scheme://host[:port]} with scheme and host in lower case and the scheme's default port
     * left out, as browsers send it; empty for {@code null}, paths, user info or anything else.
     */
    static Optional<String> normaliseOrigin(String origin) {
        try {
            URI uri = new URI(origin.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            boolean bare = uri.getRawPath() == null || uri.getRawPath().isEmpty() || "/".equals(uri.getRawPath());
            if (scheme == null || host == null || uri.getRawUserInfo() != null || !bare
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            scheme = AsciiCase.lower(scheme);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80)
                    || ("https".equals(scheme) && port == 443);
            return Optional.of(scheme + "://" + AsciiCase.lower(host) + (defaultPort ? "" : ":" + port));
        } catch (URISyntaxException notAnOrigin) {
            return Optional.empty();
        }
    }

    private static List<String> commaList(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static boolean bool(Function<String, Optional<String>> present, String key) {
        String value = AsciiCase.lower(present.apply(key).orElse("false"));
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalStateException(key + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static long maxAge(Optional<String> value) {
        try {
            return value.map(Long::parseLong).orElse(DEFAULT_MAX_AGE_SECONDS);
        } catch (NumberFormatException notANumber) {
            throw new IllegalStateException(MAX_AGE_KEY + " must be a number of seconds, not '" + value.get() + "'");
        }
    }
}
