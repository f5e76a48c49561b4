package io.algogate.gateway.domain;

import java.util.List;

/** The order log (D10: the logs database, each write in its own transaction). */
public interface OrderLogRepository {

    void record(OrderLogEntry entry);

    /** A page of entries, newest first. */
    List<OrderLogEntry> newestFirst(int page, int size);

    long count();

    long countByMode(TradingMode mode);
}
