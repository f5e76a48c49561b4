package io.algogate.gateway.interfaces.web;

import java.util.List;

/**
 * Paging for the admin's log pages (order log, traffic, login activity): 50 rows to a page, newest
 * first; the page number comes from the query as text, and whether there is a next page is known
 * without counting the whole log.
 */
final class LogPages {

    static final int PAGE_SIZE = 50;
    /** Beyond this a page number is a typo, not a request: 10,000 pages of 50. */
    static final int MAX_PAGE = 9_999;

    /** A log read {@code size} rows to a page: page {@code page} starts at row {@code page * size}. */
    @FunctionalInterface
    interface Reader<T> {
        List<T> read(int page, int size);
    }

    /** One page's rows and whether the pager offers the next one. */
    record Page<T>(List<T> rows, boolean hasNext) {
    }

    private LogPages() {
    }

    /** A blank page number is the first page; anything but a whole number from 0 to MAX_PAGE is refused. */
    static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 0;
        }
        try {
            int number = Integer.parseInt(page.trim());
            if (number >= 0 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // The message below says what is wanted.
        }
        throw new IllegalArgumentException("The page must be a whole number from 0 to " + MAX_PAGE + ".");
    }

    /**
     * The page's rows, and whether a row follows them. The next page's first row is read as a page of
     * one (its own page number in rows): asking for one row more than a page would move every later
     * page's start by one row per page, and a row at each page's end would never be shown.
     */
    static <T> Page<T> read(int page, Reader<T> log) {
        List<T> rows = log.read(page, PAGE_SIZE);
        boolean hasNext = rows.size() == PAGE_SIZE && page < MAX_PAGE
                && !log.read(Math.multiplyExact(page + 1, PAGE_SIZE), 1).isEmpty();
        return new Page<>(rows, hasNext);
    }
}
