package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.TrafficLogEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The traffic chart's buckets and geometry. */
class TrafficChartTest {

    private static final Instant NINE = Instant.parse("2026-12-04T03:30:00Z");

    private static TrafficLogEntry at(Instant time, int status) {
        return new TrafficLogEntry(time, "203.0.113.7", "GET", "/app/login", status, 3, null, null);
    }

    @Test
    void requestsAreCountedPerMinuteAndStackedAsOkAndErrors() {
        List<TrafficLogEntry> entries = List.of(at(NINE, 200), at(NINE.plusSeconds(30), 404),
                at(NINE.plusSeconds(59), 200), at(NINE.plusSeconds(61), 500));
        TrafficChart chart = new TrafficChart(entries, NINE, NINE.plusSeconds(180));

        assertEquals(3, chart.getBars().size());
        assertEquals("1 minute", chart.getBucketText());
        TrafficChart.Bar first = chart.getBars().get(0);
        assertEquals(2, first.getOk());
        assertEquals(1, first.getErrors());
        assertEquals(0, chart.getBars().get(1).getOk());
        assertEquals(1, chart.getBars().get(1).getErrors());
        assertEquals(3, chart.getMaxCount());
        assertEquals(4, chart.getTotal());
        assertEquals("09:00", chart.getStartText(), "IST");
        assertEquals("09:03", chart.getEndText());
    }

    @Test
    void theTallestBarFillsThePlotAndErrorsSitOnTopOfTheOkPart() {
        List<TrafficLogEntry> entries = List.of(at(NINE, 200), at(NINE, 200), at(NINE, 503));
        TrafficChart chart = new TrafficChart(entries, NINE, NINE.plusSeconds(60));
        TrafficChart.Bar bar = chart.getBars().get(0);
        int plot = TrafficChart.HEIGHT - TrafficChart.TOP - TrafficChart.BOTTOM;
        double okHeight = Double.parseDouble(bar.getOkHeight());
        double errorHeight = Double.parseDouble(bar.getErrorHeight());
        assertEquals(plot, okHeight + errorHeight, 0.2);
        assertEquals(2 * errorHeight, okHeight, 0.2);
        assertEquals(Double.parseDouble(bar.getOkY()), Double.parseDouble(bar.getErrorY()) + errorHeight, 0.2,
                "the error part ends where the ok part starts");
        assertEquals(TrafficChart.HEIGHT - TrafficChart.BOTTOM, Double.parseDouble(bar.getOkY()) + okHeight, 0.2);
        assertEquals(String.valueOf(TrafficChart.LEFT) + ".0", bar.getX());
    }

    @Test
    void aLongRangeIsChartedInWiderBucketsNeverMoreThanSixty() {
        List<TrafficLogEntry> entries = new ArrayList<>();
        for (int minute = 0; minute < 24 * 60; minute += 7) {
            entries.add(at(NINE.plusSeconds(minute * 60L), 200));
        }
        TrafficChart chart = new TrafficChart(entries, NINE, NINE.plusSeconds(24 * 3600));
        assertEquals(TrafficChart.MAX_BUCKETS, chart.getBars().size());
        assertEquals("24 minutes", chart.getBucketText());
        assertEquals(entries.size(), chart.getTotal(), "every request is in a bucket");
        for (TrafficChart.Bar bar : chart.getBars()) {
            double right = Double.parseDouble(bar.getX()) + Double.parseDouble(bar.getWidth());
            assertTrue(right <= TrafficChart.WIDTH + 0.1, bar.getX());
        }
    }

    @Test
    void withoutARangeTheChartSpansTheRequestsAndNoRequestsIsAnEmptyChart() {
        TrafficChart spanned = new TrafficChart(List.of(at(NINE.plusSeconds(3600), 200), at(NINE, 200)), null, null);
        assertEquals(31, spanned.getBars().size(), "61 minutes in 2-minute buckets");
        assertEquals("2 minutes", spanned.getBucketText());
        assertEquals(2, spanned.getTotal());
        assertEquals("09:00", spanned.getStartText());

        TrafficChart recent = new TrafficChart(List.of(at(NINE, 200), at(NINE.plusSeconds(20), 404)), null, null);
        assertEquals(31, recent.getBars().size(), "a short burst is shown in the half hour up to it");
        assertEquals("08:31", recent.getStartText());
        assertEquals(1, recent.getBars().get(29).getOk());
        assertEquals(1, recent.getBars().get(29).getErrors());

        TrafficChart empty = new TrafficChart(List.of(), null, null);
        assertTrue(empty.isEmpty());
        assertEquals(30, empty.getBars().size(), "the half hour before the end");
        assertEquals("0.0", empty.getBars().get(0).getOkHeight());
    }
}
