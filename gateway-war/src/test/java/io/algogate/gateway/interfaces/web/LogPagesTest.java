package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogPagesTest {

    /** A log of {@code rows} rows, read as the repositories read it: page {@code p} starts at row {@code p * size}. */
    private static LogPages.Reader<Integer> logOf(int rows) {
        List<Integer> log = IntStream.range(0, rows).boxed().toList();
        return (page, size) -> {
            int from = Math.min(log.size(), page * size);
            return new ArrayList<>(log.subList(from, Math.min(log.size(), from + size)));
        };
    }

    @Test
    void everyRowIsOnExactlyOnePage() {
        LogPages.Reader<Integer> log = logOf(120);
        List<Integer> seen = new ArrayList<>();
        int page = 0;
        LogPages.Page<Integer> current;
        do {
            current = LogPages.read(page++, log);
            seen.addAll(current.rows());
        } while (current.hasNext());
        assertEquals(IntStream.range(0, 120).boxed().toList(), seen);
        assertEquals(3, page);
    }

    @Test
    void aFullLastPageOffersNoNextOne() {
        LogPages.Reader<Integer> log = logOf(100);
        assertTrue(LogPages.read(0, log).hasNext());
        LogPages.Page<Integer> last = LogPages.read(1, log);
        assertEquals(50, last.rows().get(0));
        assertEquals(LogPages.PAGE_SIZE, last.rows().size());
        assertFalse(last.hasNext());
        assertFalse(LogPages.read(0, logOf(0)).hasNext());
    }

    @Test
    void theLastPageNumberOffersNoNextOne() {
        assertFalse(LogPages.read(LogPages.MAX_PAGE, (page, size) -> IntStream.range(0, size).boxed().toList())
                .hasNext());
    }
}
