package io.algogate.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** OpenAlgo's intraday rules: entries from start to end, exits from start to square-off, to the minute. */
class IntradayWindowTest {

    private static final IntradayWindow WINDOW = new IntradayWindow(LocalTime.of(9, 30), LocalTime.of(15, 0),
            LocalTime.of(15, 15));

    @ParameterizedTest(name = "{0} exit={1}: allowed={2}")
    @CsvSource({
            "09:29:59, false, false",
            "09:29:59, true,  false",
            "09:30:00, false, true",
            "12:00:00, false, true",
            "15:00:59, false, true",
            "15:01:00, false, false",
            "15:01:00, true,  true",
            "15:15:59, true,  true",
            "15:16:00, true,  false",
            "15:16:00, false, false",
    })
    void entriesUntilTheEndExitsUntilSquareOff(String now, boolean exit, boolean allowed) {
        assertEquals(allowed, WINDOW.refusal(LocalTime.parse(now), exit).isEmpty());
    }

    @Test
    void refusalsSayWhich() {
        assertEquals(Optional.of("Entry orders not allowed before start time (09:30 IST)"),
                WINDOW.refusal(LocalTime.of(9, 0), false));
        assertEquals(Optional.of("Entry orders not allowed after end time (15:00 IST)"),
                WINDOW.refusal(LocalTime.of(15, 5), false));
        assertEquals(Optional.of("Exit orders not allowed after square off time (15:15 IST)"),
                WINDOW.refusal(LocalTime.of(15, 20), true));
    }

    @Test
    void theWindowMustBeOrdered() {
        assertThrows(IllegalArgumentException.class,
                () -> new IntradayWindow(LocalTime.of(15, 0), LocalTime.of(9, 30), LocalTime.of(15, 15)));
        assertThrows(IllegalArgumentException.class,
                () -> new IntradayWindow(LocalTime.of(9, 30), LocalTime.of(15, 20), LocalTime.of(15, 15)));
        assertTrue(new IntradayWindow(LocalTime.of(9, 30), LocalTime.of(15, 15), LocalTime.of(15, 15))
                .refusal(LocalTime.of(15, 15), false).isEmpty());
    }
}
