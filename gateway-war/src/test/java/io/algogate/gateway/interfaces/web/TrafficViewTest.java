package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The traffic page's links keep its filters, encoded, in the form's order. */
class TrafficViewTest {

    @Test
    void thePagerAndCsvLinksCarryTheFiltersEncoded() {
        TrafficView view = new TrafficView(Map.of("path", "/=cmd|' x", "status", "4xx", "from", "2026-12-04T09:15"), 2,
                List.of(), true, List.of(), null, null);
        assertEquals("status=4xx&path=%2F%3Dcmd%7C%27+x&from=2026-12-04T09%3A15&page=3", view.getNextQuery());
        assertEquals("status=4xx&path=%2F%3Dcmd%7C%27+x&from=2026-12-04T09%3A15&page=1", view.getPreviousQuery());
        assertEquals("status=4xx&path=%2F%3Dcmd%7C%27+x&from=2026-12-04T09%3A15", view.getCsvQuery());
        assertEquals("", view.getFilters().get("method"), "an absent filter is empty for the form");
    }

    @Test
    void refusedFiltersKeepWhatWasTypedAndOfferNoLinks() {
        TrafficView refused = TrafficView.refused(Map.of("status", "<b>"), "The status filter must be a class from 1xx to 5xx.");
        assertEquals("<b>", refused.getFilters().get("status"), "the view escapes it");
        assertEquals("", refused.getCsvQuery());
        assertFalse(refused.isHasPrevious());
        assertEquals(List.of(), refused.getRows());
    }
}
