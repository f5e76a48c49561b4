package io.algogate.gateway.interfaces.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * What a dashboard order action came to: the HTTP status the page answers with, the order's id when
 * the broker took it, a message for the trader, the refused fields with their messages, and for a
 * rate-limited one the seconds to wait.
 */
record OrderDeskOutcome(int status, String orderId, String message, Map<String, String> fieldErrors,
        long retryAfterSeconds) {

    OrderDeskOutcome {
        fieldErrors = Map.copyOf(fieldErrors);
    }

    static OrderDeskOutcome done(String orderId, String message) {
        return new OrderDeskOutcome(200, orderId, message, Map.of(), 0);
    }

    static OrderDeskOutcome refused(int status, String message) {
        return new OrderDeskOutcome(status, null, message, Map.of(), 0);
    }

    /**
     * Tells a rate-limited client when to come back. Set on the servlet response: Krazo builds the
     * view's response itself, so a header added to the controller's {@code Response} does not arrive.
     */
    void retryAfterOn(HttpServletResponse response) {
        if (retryAfterSeconds > 0) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        }
    }

    boolean succeeded() {
        return status == 200;
    }
}
