package io.algogate.gateway.infrastructure.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LogRedactionTest {

    private static final String HEX = "0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Authorization: Bearer eyJhbGciOi.payload.sig done | Authorization: Bearer [REDACTED] done
            sent bearer abc-123_x.y                   | sent bearer [REDACTED]
            Authorization: Basic dXNlcjpwYXNz           | Authorization: Basic [REDACTED]
            apikey=abc123 next                          | apikey=[REDACTED] next
            api_key=abc123&x=1                          | api_key=[REDACTED]&x=1
            API-KEY: abc123                             | API-KEY: [REDACTED]
            password=hunter2, user=bob                  | password=[REDACTED], user=bob
            password: hunter2                           | password: [REDACTED]
            `{"password":"hunter2","user":"bob"}`       | `{"password":"[REDACTED]","user":"bob"}`
            `{"apikey": "abc123"}`                      | `{"apikey": "[REDACTED]"}`
            `{'token': 'tok-9'}`                        | `{'token': '[REDACTED]'}`
            token=tok-9                                 | token=[REDACTED]
            access_token=at1 feed_token=ft2             | access_token=[REDACTED] feed_token=[REDACTED]
            secret=s3cr3t                               | secret=[REDACTED]
            client_secret: s3cr3t                       | client_secret: [REDACTED]
            pepper=p3pp3r                               | pepper=[REDACTED]
            api_key_pepper=p3pp3r                       | api_key_pepper=[REDACTED]
            authorization=xyz                           | authorization=[REDACTED]
            enctoken=enc1                               | enctoken=[REDACTED]
            key 0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789abcdef used | key [REDACTED] used
            nothing secret here: user=bob status=200    | nothing secret here: user=bob status=200
            a 63-hex 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde stays | a 63-hex 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde stays
            """)
    void everySupportedFormIsRedacted(String line, String expected) {
        assertEquals(expected, LogRedaction.redact(line));
    }

    @Test
    void aLineWithCarriageReturnAndLineFeedStaysOneLine() {
        String forged = "user=bob\r\n[12/5/26 02:00:00:000 UTC] 0000002a AUDIT admin logged in";

        String logged = LogRedaction.redact(forged);

        assertFalse(logged.contains("\n") || logged.contains("\r"), logged);
        assertEquals("user=bob\\r\\n[12/5/26 02:00:00:000 UTC] 0000002a AUDIT admin logged in", logged);
    }

    @Test
    void theFilterRedactsTheMessageTogetherWithItsParametersAndDropsTheParameters() {
        LogRecord record = new LogRecord(Level.INFO, "login for {0} with password={1} and key {2}");
        record.setParameters(new Object[] {"bob\nFAKE LINE", "hunter2", HEX});

        assertTrue(new RedactingLogFilter(null).isLoggable(record));

        assertEquals("login for bob\\nFAKE LINE with password=[REDACTED] and key [REDACTED]", record.getMessage());
        assertNull(record.getParameters(), "nothing left for a later formatter to bring back");
    }

    @Test
    void aThrownExceptionsMessageIsRedactedItsClassAndStackKept() {
        LogRecord record = new LogRecord(Level.WARNING, "failed");
        IllegalStateException cause = new IllegalStateException("refused token=abc");
        record.setThrown(new RuntimeException("wrapped apikey=" + HEX, cause));

        new RedactingLogFilter(null).isLoggable(record);

        StringWriter trace = new StringWriter();
        record.getThrown().printStackTrace(new PrintWriter(trace));
        assertTrue(trace.toString().startsWith("java.lang.RuntimeException: wrapped apikey=[REDACTED]"), trace.toString());
        assertTrue(trace.toString().contains("Caused by: java.lang.IllegalStateException: refused token=[REDACTED]"));
        assertFalse(trace.toString().contains(HEX) || trace.toString().contains("abc"), trace.toString());
        assertTrue(trace.toString().contains("LogRedactionTest"), "the stack trace is kept");
    }

    @Test
    void aFilterAlreadyOnTheLoggerStillDecides() {
        LogRecord record = new LogRecord(Level.INFO, "password=x");
        assertFalse(new RedactingLogFilter(r -> false).isLoggable(record));
    }

    @Test
    void hookingALoggerTwiceInstallsOneFilter() {
        Logger logger = Logger.getLogger("io.algogate.test.HookedTwice");
        assertTrue(ApplicationLoggers.hook(logger));
        assertFalse(ApplicationLoggers.hook(logger));
        assertTrue(ApplicationLoggers.isApplicationLogger("io.algogate.gateway.X"));
        assertFalse(ApplicationLoggers.isApplicationLogger("io.algogatex.Y"));
    }
}
