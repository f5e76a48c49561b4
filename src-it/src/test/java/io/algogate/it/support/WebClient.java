package io.algogate.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A browser-like HTTP client for black-box tests: keeps cookies, never follows redirects (tests assert
 * on them), reads the dashboard forms' CSRF tokens. Trusts Liberty's self-signed certificate.
 */
public final class WebClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String address;
    private final Function<String, URI> base;

    /** A client with a fresh test address of its own (D4). */
    public WebClient() {
        this(Identities.next());
    }

    /** A client that the trusted proxy reports as {@code address}; null sends no X-Forwarded-For. */
    public WebClient(String address) {
        this(ItServer::http, address);
    }

    /** A client of another server than the IT server, at {@code base} such as {@code https://localhost:9785}. */
    public WebClient(URI base, String address) {
        this(path -> URI.create(base + path), address);
    }

    private WebClient(Function<String, URI> base, String address) {
        this.base = base;
        this.address = address;
        client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).sslContext(trustAll()).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.apply(path)).GET());
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.apply(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a form as a browser does from {@code page}: with the CSRF token that page carries. */
    public HttpResponse<String> postForm(HttpResponse<String> page, String path, Map<String, String> fields) {
        Map<String, String> form = new java.util.HashMap<>(fields);
        form.put("_csrf", csrfToken(page));
        return postForm(path, form);
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.apply(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The address this client appears from. */
    public String address() {
        return address;
    }

    /**
     * Sends as a browser would: from this client's address, and with an Origin header on
     * state-changing requests (browsers send it; the CSRF layer checks it).
     */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest draft = request.copy().build();
        if (address != null && draft.headers().firstValue("X-Forwarded-For").isEmpty()) {
            request.header("X-Forwarded-For", address);
        }
        if (!draft.method().equals("GET") && !draft.method().equals("HEAD")
                && draft.headers().firstValue("Origin").isEmpty()) {
            URI uri = draft.uri();
            request.header("Origin", uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort());
        }
        return sendExactly(request);
    }

    /** Sends the request with no header added. */
    public HttpResponse<String> sendExactly(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every cookie this client holds, as a {@code Cookie} request header (for a WebSocket handshake). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** The CSRF token of the form on a page. */
    public static String csrfToken(HttpResponse<String> page) {
        Matcher matcher = CSRF_FIELD.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF field in page:\n" + page.body());
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static SSLContext trustAll() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
