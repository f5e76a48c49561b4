package io.algogate.security.filters;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-written stand-ins for the servlet request and response, built on {@link Proxy}: they answer the
 * calls the filters make and fail loudly on any other, so a test notices a filter doing more than it
 * claims.
 */
final class FakeHttp {

    private FakeHttp() {
    }

    /** A request to {@code /gw + path} from a client already resolved to {@code clientKey}. */
    static final class Request {
        final String method;
        final String path;
        final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final Map<String, Object> attributes = new HashMap<>();

        Request(String method, String path, String clientKey) {
            this.method = method;
            this.path = path;
            attributes.put(RequestContext.CLIENT_KEY_ATTRIBUTE, clientKey);
        }

        Request header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        Request attribute(String name, Object value) {
            attributes.put(name, value);
            return this;
        }

        HttpServletRequest servletRequest() {
            return proxy(HttpServletRequest.class, (method, args) -> switch (method) {
                case "getMethod" -> this.method;
                case "getContextPath" -> "/gw";
                case "getRequestURI" -> "/gw" + path;
                case "getHeader" -> headers.get((String) args[0]);
                case "getAttribute" -> attributes.get((String) args[0]);
                case "getRemoteAddr" -> "127.0.0.1";
                default -> throw new UnsupportedOperationException("request." + method);
            });
        }
    }

    /** Records what a filter writes. */
    static final class Response {
        int status = HttpServletResponse.SC_OK;
        String contentType;
        final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final StringWriter body = new StringWriter();

        HttpServletResponse servletResponse() {
            PrintWriter writer = new PrintWriter(body, true);
            return proxy(HttpServletResponse.class, (method, args) -> switch (method) {
                case "setStatus" -> {
                    status = (Integer) args[0];
                    yield null;
                }
                case "setHeader" -> {
                    headers.put((String) args[0], (String) args[1]);
                    yield null;
                }
                case "setContentType" -> {
                    contentType = (String) args[0];
                    yield null;
                }
                case "setCharacterEncoding" -> null;
                case "getWriter" -> writer;
                default -> throw new UnsupportedOperationException("response." + method);
            });
        }
    }

    /** A chain that counts the requests it was given. */
    static final class CountingChain implements FilterChain {
        int calls;

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
            calls++;
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        Object instance = Proxy.newProxyInstance(FakeHttp.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "fake " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> answer.answer(method.getName(), args);
                });
        return type.cast(instance);
    }
}
