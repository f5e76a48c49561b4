package io.algogate.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The order log's filters as the page and the CSV export read them. */
class OrderLogQueryTest {

    @Test
    void blankMeansNotFilteredAndADayIsAnIstDay() {
        assertEquals(OrderLogQuery.ALL, OrderLogQuery.parse(null, " ", ""));
        OrderLogQuery query = OrderLogQuery.parse("analyzer/toggle", "Analyze", "2026-12-04");
        assertEquals(new OrderLogQuery("analyzer/toggle", TradingMode.ANALYZE, LocalDate.of(2026, 12, 4)), query);
        assertEquals(Instant.parse("2026-12-03T18:30:00Z"), query.from());
        assertEquals(Instant.parse("2026-12-04T18:30:00Z"), query.until());
        assertEquals(TradingMode.LIVE, OrderLogQuery.parse("placeorder", "live", null).mode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "<script>  | -      | -          | The endpoint filter must be an endpoint name such as placeorder.",
        "place order | -    | -          | The endpoint filter must be an endpoint name such as placeorder.",
        "-         | paper  | -          | The mode filter must be live or analyze.",
        "-         | -      | 04-12-2026 | The date filter must be a date as YYYY-MM-DD.",
        "-         | -      | 2026-02-30 | The date filter must be a date as YYYY-MM-DD.",
        "-         | -      | +99999-01-01 | The date filter must be a date as YYYY-MM-DD.",
    })
    void aBadFilterIsRefusedWithAMessage(String endpoint, String mode, String date, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> OrderLogQuery.parse(endpoint, mode, date)).getMessage());
    }
}
