package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OpenAlgo's smart download: when the master is downloaded again (08:00 IST = 02:30 UTC). */
class MasterDownloadPolicyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "no master yet                                   | -       | 0   | -                    | 2026-12-04T05:00:00Z | true",
        "empty master                                    | sandbox | 0   | 2026-12-04T04:00:00Z | 2026-12-04T05:00:00Z | true",
        "master of another broker                        | kite    | 500 | 2026-12-04T04:00:00Z | 2026-12-04T05:00:00Z | true",
        "today after the cut-off                         | sandbox | 500 | 2026-12-04T02:31:00Z | 2026-12-04T05:00:00Z | false",
        "today before the cut-off, now after it          | sandbox | 500 | 2026-12-04T02:29:00Z | 2026-12-04T05:00:00Z | true",
        "yesterday after the cut-off, now before today's | sandbox | 500 | 2026-12-03T10:00:00Z | 2026-12-04T02:00:00Z | false",
        "yesterday after the cut-off, now after today's  | sandbox | 500 | 2026-12-03T10:00:00Z | 2026-12-04T02:30:00Z | true",
        "two days old, now before today's cut-off        | sandbox | 500 | 2026-12-02T10:00:00Z | 2026-12-04T01:00:00Z | true",
        "exactly at the cut-off                          | sandbox | 500 | 2026-12-04T02:30:00Z | 2026-12-04T05:00:00Z | false",
    })
    void decides(String name, String masterBroker, long count, String completedAt, String now, boolean download) {
        assertEquals(download, MasterDownloadPolicy.shouldDownload(masterBroker, count,
                completedAt == null ? null : Instant.parse(completedAt), "sandbox", Instant.parse(now),
                MasterDownloadPolicy.IST, MasterDownloadPolicy.INDIAN_CUTOFF));
    }
}
