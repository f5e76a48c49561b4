package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.TrafficLogEntry;
import io.algogate.gateway.domain.TrafficLogQuery;
import io.algogate.gateway.domain.TrafficLogRepository;
import io.algogate.gateway.support.MutableClock;
import io.algogate.security.filters.TrafficRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class TrafficLogServiceTest {

    private final List<List<TrafficLogEntry>> transactions = new ArrayList<>();
    private boolean databaseDown;
    private volatile CountDownLatch stalledUntil = new CountDownLatch(0);
    private final TrafficLogService service = new TrafficLogService();

    TrafficLogServiceTest() {
        service.clock = new MutableClock(Instant.parse("2026-12-05T04:00:00Z"));
        service.repository = new TrafficLogRepository() {
            @Override
            public void recordAll(List<TrafficLogEntry> entries) {
                awaitUninterruptibly(stalledUntil);
                if (databaseDown) {
                    throw new IllegalStateException("connection refused");
                }
                transactions.add(List.copyOf(entries));
            }

            @Override
            public List<TrafficLogEntry> newestFirst(TrafficLogQuery query, int page, int size) {
                return List.of();
            }

            @Override
            public long count() {
                return 0;
            }

            @Override
            public int deleteOlderThan(Instant cutoff) {
                return 0;
            }
        };
    }

    @Test
    void recordsWaitInTheQueueAndAreWrittenInBatchesOfOneTransactionEach() {
        service.createQueue(10_000);
        for (int i = 0; i < TrafficLogService.BATCH_SIZE + 20; i++) {
            service.record(record("/api/v1/ping", 200));
        }
        assertEquals(TrafficLogService.BATCH_SIZE + 20, service.queued(), "recording writes nothing");
        assertEquals(List.of(), transactions);

        assertEquals(TrafficLogService.BATCH_SIZE + 20, service.writeQueued());

        assertEquals(List.of(TrafficLogService.BATCH_SIZE, 20), transactions.stream().map(List::size).toList());
        TrafficLogEntry first = transactions.get(0).get(0);
        assertEquals(Instant.parse("2026-12-05T04:00:00Z"), first.getLoggedAt());
        assertEquals("198.51.100.4", first.getClientIp());
        assertEquals("/api/v1/ping", first.getPath());
        assertEquals(0, service.queued());
    }

    @Test
    void whenTheWriterFallsBehindTheOldestRecordsAreDroppedAndCounted() {
        service.createQueue(100);
        for (int i = 0; i < 130; i++) {
            service.record(record("/r" + i, 200));
        }

        assertEquals(30, service.dropped());
        service.writeQueued();
        assertEquals("/r30", transactions.get(0).get(0).getPath(), "the newest 100 are kept");
    }

    @Test
    void aBatchTheDatabaseRefusesIsCountedAsLostAndTheNextWriteCarriesOn() {
        service.createQueue(1_000);
        service.record(record("/a", 200));
        databaseDown = true;
        assertEquals(0, service.writeQueued());
        assertEquals(1, service.lostToFailedWrites());

        databaseDown = false;
        service.record(record("/b", 404));
        assertEquals(1, service.writeQueued());
        assertEquals(404, transactions.get(0).get(0).getStatus());
    }

    @Test
    void aStalledDatabaseNeverHoldsUpARequestTheDropCounterRisesInstead() throws Exception {
        service.createQueue(100);
        stalledUntil = new CountDownLatch(1);
        service.record(record("/first", 200));
        Thread writer = new Thread(service::writeQueued);
        writer.start();
        try {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (service.queued() > 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // until the writer has taken /first and is stuck writing it
            }
            long started = System.nanoTime();
            for (int i = 0; i < 1_000; i++) {
                service.record(record("/r" + i, 200));
            }
            long tookMillis = (System.nanoTime() - started) / 1_000_000;

            assertTrue(writer.isAlive(), "the writer is still stuck in the database");
            assertTrue(tookMillis < 1_000, "1,000 records while the writer is stuck took " + tookMillis + " ms");
            assertEquals(900, service.dropped(), "the queue keeps the newest 100 and counts the rest");
        } finally {
            stalledUntil.countDown();
            writer.join(5_000);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static TrafficRecord record(String path, int status) {
        return new TrafficRecord("198.51.100.4", "POST", path, status, 3, 1L, null);
    }
}
