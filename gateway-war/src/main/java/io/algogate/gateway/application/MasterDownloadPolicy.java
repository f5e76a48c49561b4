package io.algogate.gateway.application;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * OpenAlgo's "smart download" of the master contract ({@code should_download_master_contract}): the
 * master is downloaded again when there is none, when it is empty, when it came from another broker
 * (a broker change always forces a download), or when it was completed before the most recent daily
 * cut-off (08:00 IST for Indian brokers: exchanges publish the day's contracts before the open).
 */
public final class MasterDownloadPolicy {

    /** Indian markets' zone, where the cut-off is read. */
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    /** OpenAlgo's default {@code MASTER_CONTRACT_CUTOFF_TIME}. */
    public static final LocalTime INDIAN_CUTOFF = LocalTime.of(8, 0);

    private MasterDownloadPolicy() {
    }

    /**
     * Whether the master must be downloaded now.
     *
     * @param masterBroker the broker the current master came from, null when there is none
     * @param count        its number of instruments
     * @param completedAt  when its download completed, null when there is none
     * @param activeBroker the broker that is active now
     */
    public static boolean shouldDownload(String masterBroker, long count, Instant completedAt, String activeBroker,
            Instant now, ZoneId zone, LocalTime cutoff) {
        if (masterBroker == null || completedAt == null || count <= 0 || !masterBroker.equals(activeBroker)) {
            return true;
        }
        return completedAt.isBefore(lastCutoff(now, zone, cutoff));
    }

    /** The latest cut-off at or before {@code now}: today's once it has passed, else yesterday's. */
    static Instant lastCutoff(Instant now, ZoneId zone, LocalTime cutoff) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(cutoff).atZone(zone);
        return (local.isBefore(today) ? today.minusDays(1) : today).toInstant();
    }
}
