package io.algogate.gateway.interfaces.web;

import io.algogate.security.filters.RequestContext;
import io.algogate.security.filters.SecurityHeadersPolicy;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * Receives the browsers' Content Security Policy violation reports and logs them, so an operator
 * sees an injection attempt or a policy that breaks a page. A report is at most 8 KiB, logged on one
 * line with control characters escaped; the endpoint is rate limited like any other.
 */
@WebServlet(name = "csp-report", urlPatterns = SecurityHeadersPolicy.REPORT_PATH)
public class CspReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CspReportServlet.class.getName());
    static final int MAX_REPORT_BYTES = 8 * 1024;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] report;
        try (InputStream in = request.getInputStream()) {
            report = in.readNBytes(MAX_REPORT_BYTES);
        }
        LOG.warning(() -> "CSP violation reported by " + RequestContext.clientIp(request) + ": "
                + oneLine(new String(report, StandardCharsets.UTF_8)));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** Escapes line breaks and other control characters, so a report cannot forge log lines. */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.toString();
    }
}
