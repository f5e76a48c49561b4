package io.algogate.security.filters;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-written fakes of the servlet objects, built with {@link Proxy}: only the methods the filters
 * use answer; any other call fails the test, so an unexpected dependency shows at once.
 */
final class ServletFakes {

    private ServletFakes() {
    }

    /** A request under construction; {@link #build()} gives the HttpServletRequest. */
    static final class Request {
        private String method = "GET";
        private String uri = "/";
        private String routedPath;
        private String scheme = "http";
        private String remoteAddr = "127.0.0.1";
        private byte[] body;
        private boolean bodyForbidden;
        private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private int localPort = 9080;
        private String serverName = "localhost";
        private int serverPort = 9080;
        private final Map<String, Object> attributes = new HashMap<>();
        private Map<String, Object> session;
        private boolean sessionInvalidated;
        private String queryString;

        static Request get(String uri) {
            return new Request().method("GET").uri(uri);
        }

        static Request post(String uri) {
            return new Request().method("POST").uri(uri);
        }

        Request method(String value) {
            method = value;
            return this;
        }

        Request uri(String value) {
            uri = value;
            return this;
        }

        /** The decoded, normalised path the container routes by (servlet path + path info). */
        Request routedPath(String value) {
            routedPath = value;
            return this;
        }

        Request scheme(String value) {
            scheme = value;
            return this;
        }

        Request remoteAddr(String value) {
            remoteAddr = value;
            return this;
        }

        /** Adds a header line (repeat for several lines of one header). */
        Request header(String name, String value) {
            headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            return this;
        }

        /** A body with its Content-Length. */
        Request body(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            header("Content-Length", Integer.toString(bytes.length));
            body = bytes;
            return this;
        }

        /** A body sent chunked: no Content-Length. */
        Request chunkedBody(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            header("Transfer-Encoding", "chunked");
            body = bytes;
            return this;
        }

        /** Makes reading the body (stream, reader, parameters) fail the test. */
        Request bodyForbidden() {
            bodyForbidden = true;
            return this;
        }

        Object attribute(String name) {
            return attributes.get(name);
        }

        Request attribute(String name, Object value) {
            attributes.put(name, value);
            return this;
        }

        /** The server port the request arrived on (default 9080). */
        /** The authority the container reports (over HTTP/2 from {@code :authority}, there being no Host header). */
        Request server(String name, int port) {
            serverName = name;
            serverPort = port;
            return this;
        }

        Request localPort(int port) {
            localPort = port;
            return this;
        }

        Request query(String value) {
            queryString = value;
            return this;
        }

        /** An existing HTTP session with these attributes (without one, creating a session fails the test). */
        Request session(Map<String, Object> sessionAttributes) {
            session = new HashMap<>(sessionAttributes);
            return this;
        }

        boolean sessionInvalidated() {
            return sessionInvalidated;
        }

        private HttpSession sessionOrNull(Object[] args) {
            if (args != null && args.length == 1 && Boolean.TRUE.equals(args[0]) || args == null || args.length == 0) {
                throw new AssertionError("a filter created a session");
            }
            if (session == null || sessionInvalidated) {
                return null;
            }
            return (HttpSession) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                    new Class<?>[] {HttpSession.class}, (proxy, called, callArgs) -> switch (called.getName()) {
                        case "getAttribute" -> {
                            if (sessionInvalidated) {
                                throw new IllegalStateException("invalidated");
                            }
                            yield session.get((String) callArgs[0]);
                        }
                        case "invalidate" -> {
                            sessionInvalidated = true;
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == callArgs[0];
                        default -> throw new UnsupportedOperationException("fake session: " + called.getName());
                    });
        }

        HttpServletRequest build() {
            return (HttpServletRequest) Proxy.newProxyInstance(ServletFakes.class.getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                        case "getMethod" -> method;
                        case "getRequestURI" -> uri;
                        case "getContextPath" -> "";
                        case "getServletPath" -> routedPath == null ? uri : routedPath;
                        case "getPathInfo" -> null;
                        case "getScheme" -> scheme;
                        case "isSecure" -> "https".equals(scheme);
                        case "getRemoteAddr" -> remoteAddr;
                        case "getHeader" -> headers.getOrDefault((String) args[0], List.of()).stream().findFirst()
                                .orElse(null);
                        case "getHeaders" -> Collections.enumeration(headers.getOrDefault((String) args[0], List.of()));
                        case "getContentType" -> firstHeader("Content-Type");
                        case "getContentLength" -> (int) contentLength();
                        case "getContentLengthLong" -> contentLength();
                        case "getCharacterEncoding" -> null;
                        case "getInputStream" -> stream();
                        case "getReader" -> new BufferedReader(new InputStreamReader(stream(), StandardCharsets.UTF_8));
                        case "getParameter", "getParameterMap", "getParameterNames", "getParameterValues", "getParts",
                                "getPart" -> throw new AssertionError("a filter called " + called.getName());
                        case "getSession" -> sessionOrNull(args);
                        case "getQueryString" -> queryString;
                        case "getLocalPort" -> localPort;
                        case "getServerName" -> serverName;
                        case "getServerPort" -> serverPort;
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "removeAttribute" -> attributes.remove((String) args[0]);
                        case "toString" -> method + " " + uri;
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> throw new UnsupportedOperationException("fake request: " + called.getName());
                    });
        }

        private String firstHeader(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        private long contentLength() {
            String declared = firstHeader("Content-Length");
            return declared == null ? -1 : Long.parseLong(declared);
        }

        private ServletInputStream stream() {
            if (bodyForbidden) {
                throw new AssertionError("a filter read the request body");
            }
            return new CachedBodyRequest.ReplayStream(body == null ? new byte[0] : body);
        }
    }

    /** A response that records status, headers and body. */
    static final class Response {
        int status = HttpServletResponse.SC_OK;
        String contentType;
        /** The message of {@code sendError}: the container renders its error page with it. */
        String errorMessage;
        final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final StringWriter body = new StringWriter();
        private final HttpServletResponse proxy = (HttpServletResponse) Proxy.newProxyInstance(
                ServletFakes.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (self, called, args) -> {
                    switch (called.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "sendError" -> {
                            status = (Integer) args[0];
                            errorMessage = args.length > 1 ? (String) args[1] : null;
                        }
                        case "getStatus" -> {
                            return status;
                        }
                        case "setHeader" -> headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                        case "addHeader" -> headers.computeIfAbsent((String) args[0], key -> new ArrayList<>())
                                .add((String) args[1]);
                        case "getHeader" -> {
                            return header((String) args[0]);
                        }
                        case "containsHeader" -> {
                            return headers.containsKey((String) args[0]);
                        }
                        case "setContentType" -> contentType = (String) args[0];
                        case "setCharacterEncoding" -> {
                            // recorded nowhere: the tests look at content type and body
                        }
                        case "getWriter" -> {
                            return new PrintWriter(body, true);
                        }
                        case "toString" -> {
                            return "fake response " + status;
                        }
                        default -> throw new UnsupportedOperationException("fake response: " + called.getName());
                    }
                    return null;
                });

        HttpServletResponse build() {
            return proxy;
        }

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }

        boolean hasAnyCorsHeader() {
            return headers.keySet().stream().anyMatch(name -> name.toLowerCase().startsWith("access-control-"));
        }
    }

    /** A chain that records the request it was given, and can run a step as the rest of the chain. */
    static final class Chain implements FilterChain {

        /** What the rest of the chain does with the request. */
        @FunctionalInterface
        interface Step {
            void run(HttpServletRequest request) throws Exception;
        }

        private final Step step;
        HttpServletRequest passedOn;
        int calls;

        Chain() {
            this(request -> {
            });
        }

        Chain(Step step) {
            this.step = step;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response) {
            calls++;
            passedOn = (HttpServletRequest) request;
            try {
                step.run(passedOn);
            } catch (Exception failed) {
                throw new IllegalStateException(failed);
            }
        }

        boolean called() {
            return calls > 0;
        }
    }
}
