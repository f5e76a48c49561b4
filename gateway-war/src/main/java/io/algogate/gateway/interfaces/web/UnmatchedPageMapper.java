package io.algogate.gateway.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A dashboard path no controller has (404), or a method it does not take (405), answered with a small
 * page in the public frame. Left to JAX-RS, the answer is empty, and Liberty's metrics callback adds a
 * header naming the exception with the full URL: a mapped exception gets neither. Unmatched requests
 * reach no controller, so Krazo's views cannot draw this page; it is written here, its few values
 * escaped.
 */
@Provider
public class UnmatchedPageMapper implements ExceptionMapper<ClientErrorException> {

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ClientErrorException e) {
        boolean notAllowed = e instanceof NotAllowedException;
        if (!notAllowed && !(e instanceof NotFoundException)) {
            return e.getResponse(); // Krazo's own refusals (a CSRF 403) keep their answer
        }
        String title = notAllowed ? "Not allowed" : "Not found";
        String message = notAllowed ? "This address does not take that kind of request." : "There is nothing at this address.";
        Response.ResponseBuilder answer = Response.status(e.getResponse().getStatus()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(title, message));
        if (notAllowed) {
            e.getResponse().getAllowedMethods().forEach(method -> answer.header("Allow", method));
        }
        return answer.build();
    }

    private String page(String title, String message) {
        String home = Html.escape(request.getContextPath()) + "/";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<link rel=\"stylesheet\" href=\"" + Html.escape(request.getContextPath()) + "/static/app.css\">\n"
                + "<title>" + title + "</title>\n</head>\n<body data-theme=\"" + theme() + "\">\n"
                + "<header class=\"bar public\">\n  <a class=\"brand\" href=\"" + home + "\">AlgoGate</a>\n</header>\n"
                + "<main id=\"main\" class=\"card\">\n  <h1>" + title + "</h1>\n  <p>" + message + "</p>\n"
                + "  <p><a class=\"button\" href=\"" + home + "\">Go to AlgoGate</a></p>\n</main>\n</body>\n</html>\n";
    }

    /** The theme cookie's value when it names a theme; anything else is not echoed. */
    private String theme() {
        Cookie cookie = headers.getCookies().get(ThemeController.THEME_COOKIE);
        return cookie == null ? "" : Theme.parse(cookie.getValue()).map(Theme::cssName).orElse("");
    }
}
