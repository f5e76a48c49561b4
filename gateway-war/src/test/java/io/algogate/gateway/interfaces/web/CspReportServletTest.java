package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CspReportServletTest {

    @Test
    void aReportIsLoggedOnOneLineWhateverItContains() {
        String forged = "{\"csp-report\":{}}\nINFO: forged log line\r\u0000";
        String logged = CspReportServlet.oneLine(forged);
        assertFalse(logged.contains("\n"));
        assertFalse(logged.contains("\r"));
        assertEquals("{\"csp-report\":{}}\\nINFO: forged log line\\r\\u0000", logged);
    }
}
