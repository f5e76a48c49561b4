package io.algogate.security.filters;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Stops banned clients (scanners, key guessers, addresses an admin banned) before they cost anything
 * more than one cached lookup: a 403 in OpenAlgo's words (plain text, or the dashboard's page for a
 * dashboard path), and nothing else runs.
 *
 * <p>It runs after the security headers, so the refusal carries them, and before every other layer,
 * so a banned client cannot even spend rate-limit tokens or make the server parse a body.
 */
public final class IpBanFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String MESSAGE = "Access Denied: Your IP has been banned";

    @Inject
    private transient BanList banList;

    public IpBanFilter() {
    }

    IpBanFilter(BanList banList) {
        this.banList = banList;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (banList.isBanned(RequestContext.clientKey(request))) {
            Refusals.mark(request, FilterSlot.IP_BAN);
            ErrorResponses.textOrPage(request, response, HttpServletResponse.SC_FORBIDDEN, MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
