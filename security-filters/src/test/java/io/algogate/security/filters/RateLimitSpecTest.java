package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.security.filters.RateLimitSpec.Limit;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimitSpecTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "50 per second         | 50 | PT1S",
        "5 per minute          | 5  | PT1M",
        "15 per hour           | 15 | PT1H",
        "1000 per day          | 1000 | PT24H",
        "10/second             | 10 | PT1S",
        "10 / Minute           | 10 | PT1M",
        "'  7   PER   HOURS  ' | 7  | PT1H",
        "3 per seconds         | 3  | PT1S",
        "10 per 2 minutes      | 10 | PT2M",
        "4/30 seconds          | 4  | PT30S",
    })
    void readsEverySingleForm(String text, long capacity, Duration period) {
        assertEquals(List.of(new Limit(capacity, period)), RateLimitSpec.parse(text).limits());
    }

    @Test
    void readsCompoundLimitsInOrder() {
        RateLimitSpec spec = RateLimitSpec.parse(" 5 per minute ; 25 per hour ");
        assertEquals(List.of(new Limit(5, Duration.ofMinutes(1)), new Limit(25, Duration.ofHours(1))),
                spec.limits());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5 per minute;25 per hour | 5 per minute;25 per hour",
        "'5 PER MINUTES ; 25/hour' | 5 per minute;25 per hour",
        "10 per 2 minutes         | 10 per 2 minutes",
        "4/90 seconds             | 4 per 90 seconds",
        "1 per 24 hours           | 1 per day",
    })
    void writesTheCanonicalTextThatReadsBackEqual(String text, String canonical) {
        RateLimitSpec spec = RateLimitSpec.parse(text);
        assertEquals(canonical, spec.toString());
        assertEquals(spec, RateLimitSpec.parse(spec.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "NULL                      | Invalid rate limit \"\": it is empty",
        "''                        | Invalid rate limit \"\": it is empty",
        "'   '                     | Invalid rate limit \"   \": it is empty",
        "5 per fortnight           | Invalid rate limit \"5 per fortnight\": expected",
        "five per minute           | Invalid rate limit \"five per minute\": expected",
        "5 minute                  | Invalid rate limit \"5 minute\": expected",
        "per minute                | Invalid rate limit \"per minute\": expected",
        "5 per                     | Invalid rate limit \"5 per\": expected",
        "-5 per minute             | Invalid rate limit \"-5 per minute\": expected",
        "5.5 per minute            | Invalid rate limit \"5.5 per minute\": expected",
        "0 per minute              | Invalid rate limit \"0 per minute\": counts must be at least 1",
        "5 per 0 minutes           | Invalid rate limit \"5 per 0 minutes\": counts must be at least 1",
        "99999999999999999999 per second | Invalid rate limit \"99999999999999999999 per second\": the number",
        "5 per 99999999999999999 days | Invalid rate limit \"5 per 99999999999999999 days\": the period is too long",
        "5 per minute;             | Invalid rate limit an empty limit in \"5 per minute;\": expected",
        "5 per minute;;25 per hour | Invalid rate limit an empty limit in \"5 per minute;;25 per hour\"",
        "5 per minute;25 per eon   | Invalid rate limit \"25 per eon\" in \"5 per minute;25 per eon\": expected",
        "5 per minute 25 per hour  | Invalid rate limit \"5 per minute 25 per hour\": expected",
    })
    void refusesBadTextNamingIt(String text, String messageStart) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RateLimitSpec.parse(text));
        assertTrue(error.getMessage().startsWith(messageStart), error.getMessage());
    }

    @Test
    void limitsMustAllowSomethingInAWholeNumberOfSeconds() {
        assertThrows(IllegalArgumentException.class, () -> new Limit(0, Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new Limit(1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new Limit(1, Duration.ofMillis(1500)));
        assertThrows(IllegalArgumentException.class, () -> new RateLimitSpec(List.of()));
    }
}
