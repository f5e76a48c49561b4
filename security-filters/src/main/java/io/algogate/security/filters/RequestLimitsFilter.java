package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;

/**
 * Stops memory exhaustion through huge request bodies, and content-type confusion on the API. In
 * order: a declared {@code Content-Length} above the limit is refused with 413 before anything is
 * read; an API POST, PUT or PATCH with a body must be {@code application/json} (else 415); an API
 * body is then read once, counting bytes so a chunked body cannot pass the limit either, and handed
 * on as a {@link CachedBodyRequest} and as the {@value #BODY_ATTRIBUTE} attribute.
 *
 * <p>Dashboard bodies are not buffered (Krazo reads its own forms); their stream is wrapped so that
 * reading past the limit fails instead of filling the heap.
 */
public final class RequestLimitsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The API body as {@code byte[]}, for layers that need it before JAX-RS (the key filter). */
    public static final String BODY_ATTRIBUTE = "algogate.body";
    private static final Set<String> METHODS_WITH_JSON_BODY = Set.of("POST", "PUT", "PATCH");

    @Inject
    private transient RequestLimitsPolicy policy;

    public RequestLimitsFilter() {
    }

    RequestLimitsFilter(RequestLimitsPolicy policy) {
        this.policy = policy;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = (policy == null ? RequestLimitsPolicy.defaults() : policy).maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            refuseTooLarge(request, response, limit);
            return;
        }
        if (!isApi(request)) {
            chain.doFilter(new SizeLimitedRequest(request, limit), response);
            return;
        }
        if (METHODS_WITH_JSON_BODY.contains(request.getMethod()) && hasBody(request)
                && !isJson(request.getContentType())) {
            Refusals.mark(request, FilterSlot.REQUEST_LIMITS);
            ErrorResponses.apiError(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type must be application/json");
            return;
        }
        byte[] body;
        try {
            body = hasBody(request)
                    ? new SizeLimitedInputStream(request.getInputStream(), limit).readAllBytes()
                    : new byte[0];
        } catch (SizeLimitedInputStream.BodyTooLargeException tooLarge) {
            refuseTooLarge(request, response, limit);
            return;
        }
        request.setAttribute(BODY_ATTRIBUTE, body);
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private static void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        Refusals.mark(request, FilterSlot.REQUEST_LIMITS);
        ErrorResponses.refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "Request body too large: the limit is " + limit + " bytes");
    }

    /**
     * API if the URI as sent or the path the container routes by is under {@code /api/}: either way
     * the body gets the API's checks, so an encoded path cannot route an unchecked body to JAX-RS.
     */
    private static boolean isApi(HttpServletRequest request) {
        String routed = Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), "");
        return ErrorResponses.isApi(request) || routed.startsWith(ErrorResponses.API_PREFIX);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /** {@code application/json}, in any case, with or without parameters such as charset. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return "application/json".equals(AsciiCase.lower(mediaType.strip()));
    }

    /** A dashboard request whose body stream (and reader) fails past the limit. */
    private static final class SizeLimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private SizeLimitedInputStream stream;

        SizeLimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        /** One counting stream per request, so the limit counts the body once however it is read. */
        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new SizeLimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return CachedBodyRequest.readerOf(getInputStream(), this);
        }
    }
}
