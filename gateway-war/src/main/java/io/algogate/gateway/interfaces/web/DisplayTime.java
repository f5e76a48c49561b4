package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.OrderLogQuery;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Times as the admin pages show them: to the second, in IST (the trader's time, as the order log). */
final class DisplayTime {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(OrderLogQuery.IST);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm").withZone(OrderLogQuery.IST);

    private DisplayTime() {
    }

    /** The time to the second, or empty for none. */
    static String of(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }

    /** Hours and minutes only: a chart's axis label. */
    static String minutes(Instant instant) {
        return MINUTES.format(instant);
    }
}
