package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.OrderLogQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order log page's paging and links. */
class OrderLogViewTest {

    @Test
    void linksKeepTheFiltersAndMoveThePage() {
        OrderLogView view = new OrderLogView(OrderLogQuery.parse("placeorder", "live", "2026-12-04"), 1, List.of(), true);
        assertEquals("endpoint=placeorder&mode=live&date=2026-12-04&page=2", view.getNextQuery());
        assertEquals("endpoint=placeorder&mode=live&date=2026-12-04", view.getPreviousQuery());
        assertEquals("endpoint=placeorder&mode=live&date=2026-12-04", view.getCsvQuery());
        assertTrue(view.isHasPrevious());
        assertEquals(2, view.getPageShown());
        OrderLogView first = new OrderLogView(OrderLogQuery.ALL, 0, List.of(), false);
        assertFalse(first.isHasPrevious());
        assertEquals("page=1", first.getNextQuery());
        assertEquals("", first.getCsvQuery());
    }

    @Test
    void aRefusedPageKeepsWhatWasTypedAndOffersNoLinks() {
        OrderLogView refused = OrderLogView.refused("<b>", "paper", null, "The mode filter must be live or analyze.");
        assertEquals("<b>", refused.getEndpoint(), "the view escapes it");
        assertEquals("", refused.getDate());
        assertFalse(refused.isHasPrevious());
        assertFalse(refused.isHasNext());
        assertEquals("", refused.getCsvQuery());
    }

    @Test
    void thePageNumberIsAWholeNumberInRange() {
        assertEquals(0, LogPages.pageNumber(null));
        assertEquals(0, LogPages.pageNumber(""));
        assertEquals(7, LogPages.pageNumber(" 7 "));
        for (String bad : List.of("-1", "abc", "1.5", "10000", "99999999999")) {
            assertThrows(IllegalArgumentException.class, () -> LogPages.pageNumber(bad), bad);
        }
    }
}
