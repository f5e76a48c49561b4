package io.algogate.gateway.domain;

import java.util.List;

/** The order log (D10: the logs database, each write in its own transaction). */
public interface OrderLogRepository {

    void record(OrderLogEntry entry);

    /** A page of entries, newest first. */
    default List<OrderLogEntry> newestFirst(int page, int size) {
        return newestFirst(OrderLogQuery.ALL, page, size);
    }

    /** A page of the entries the query selects, newest first. */
    List<OrderLogEntry> newestFirst(OrderLogQuery query, int page, int size);

    default long count() {
        return count(OrderLogQuery.ALL);
    }

    /** How many entries the query selects. */
    long count(OrderLogQuery query);

    long countByMode(TradingMode mode);
}
