package io.algogate.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The traffic log's filters as the page and the CSV export read them. */
class TrafficLogQueryTest {

    @Test
    void blankMeansNotFilteredAndTheRangeIsTypedInIst() {
        assertEquals(TrafficLogQuery.ALL, TrafficLogQuery.parse(null, "", " ", null, "", null));
        TrafficLogQuery query = TrafficLogQuery.parse("4xx", "get", " /api/v1/ ", "203.0.113.7", "2026-12-04T09:15",
                "2026-12-04T10:00");
        assertEquals(new TrafficLogQuery(4, "GET", "/api/v1/", "203.0.113.7", Instant.parse("2026-12-04T03:45:00Z"),
                Instant.parse("2026-12-04T04:30:00Z")), query);
        assertEquals(400, query.statusFrom());
        assertEquals(500, query.statusUntil());
        assertEquals(5, TrafficLogQuery.parse("5", null, null, null, null, null).statusClass());
        assertEquals("2001:db8::1", TrafficLogQuery.parse(null, null, null, "2001:db8::1", null, null).clientIp());
    }

    @Test
    void thePathPartIsTakenAsTypedMarkupIncluded() {
        assertEquals("<script>alert(1)</script>",
                TrafficLogQuery.parse(null, null, "<script>alert(1)</script>", null, null, null).pathContains());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "6xx | -        | -         | -                | -                | The status filter must be a class from 1xx to 5xx.",
        "-   | G E T    | -         | -                | -                | The method filter must be an HTTP method such as GET.",
        "-   | -        | <b>       | -                | -                | The client IP filter must be an IPv4 or IPv6 address.",
        "-   | -        | -         | 04-12-2026 09:15 | -                | The from time must be a date and time as YYYY-MM-DDTHH:MM.",
        "-   | -        | -         | -                | 1999-01-01T00:00 | The until time must be a date and time as YYYY-MM-DDTHH:MM.",
        "-   | -        | -         | 2026-12-04T10:00 | 2026-12-04T10:00 | The time range must end after it starts.",
    })
    void aBadFilterIsRefusedWithAMessageForThePage(String status, String method, String ip, String from, String until,
            String message) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TrafficLogQuery.parse(status, method, null, ip, from, until));
        assertEquals(message, refused.getMessage());
    }

    @Test
    void aLongPathPartIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TrafficLogQuery.parse(null, null, "x".repeat(513), null, null, null));
    }
}
