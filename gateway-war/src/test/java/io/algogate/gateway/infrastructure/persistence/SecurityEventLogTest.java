package io.algogate.gateway.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.AuditChain;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.support.MutableClock;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The log's serialisation of appends and its retry, over an in-memory table with a race window. */
class SecurityEventLogTest {

    /**
     * A table whose append reads the head, yields (a window for another append to read the same head),
     * then inserts; a second row for a sequence is refused, as the unique column refuses it.
     */
    static final class RacyTable extends AuditAppender {
        final List<SecurityEvent> rows = new ArrayList<>();
        final AtomicInteger refusals = new AtomicInteger();
        volatile int failuresToInject;

        @Override
        public SecurityEvent append(AuditChain chain, Instant occurredAt, SecurityEvent.Type type, String username,
                String clientIp, String detail) {
            SecurityEvent head;
            synchronized (rows) {
                head = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            }
            Thread.yield();
            long sequence = head == null ? 1 : head.getSequence() + 1;
            AuditChain.Fields fields = new AuditChain.Fields(sequence, occurredAt, type.name(), username, clientIp,
                    detail);
            SecurityEvent event = new SecurityEvent(fields,
                    chain.macOf(fields, head == null ? AuditChain.GENESIS_MAC : head.getMac()));
            synchronized (rows) {
                if (failuresToInject > 0) {
                    failuresToInject--;
                    throw new PersistenceException("simulated: another gateway took sequence " + sequence);
                }
                if (rows.stream().anyMatch(row -> row.getSequence() == sequence)) {
                    refusals.incrementAndGet();
                    throw new PersistenceException("duplicate chain_sequence " + sequence);
                }
                setId(event, rows.size() + 1L);
                rows.add(event);
            }
            return event;
        }

        @Override
        public long newestId() {
            synchronized (rows) {
                return rows.size();
            }
        }

        @Override
        public List<SecurityEvent> pageAfter(long afterId, long lastId, int size) {
            synchronized (rows) {
                return rows.stream().filter(row -> row.getId() > afterId && row.getId() <= lastId).limit(size)
                        .toList();
            }
        }

        private static void setId(SecurityEvent event, long id) {
            try {
                Field field = SecurityEvent.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(event, id);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    private final RacyTable table = new RacyTable();
    private final SecurityEventLog log = new SecurityEventLog();

    SecurityEventLogTest() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        log.chain = new AuditChain(key);
        log.appender = table;
        log.clock = new MutableClock(Instant.parse("2026-12-05T01:00:00.123456789Z"));
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        int threads = 8;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String user = "user" + t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    log.record(SecurityEvent.Type.LOGIN_FAILED, user, "203.0.113.9", "attempt " + i);
                }
                return null;
            }));
        }
        start.countDown();
        List<AuditChain.Verification> meanwhile = new ArrayList<>();
        while (done.stream().anyMatch(future -> !future.isDone())) {
            meanwhile.add(log.verify());
        }
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        meanwhile.forEach(result -> assertTrue(result.intact(), "verified while appends ran: " + result));

        assertEquals(threads * perThread, table.rows.size());
        assertEquals(0, table.refusals.get(), "the lock kept every append on the head");
        AuditChain.Verification result = log.verify();
        assertTrue(result.intact(), result.toString());
        assertEquals(threads * perThread, result.headSequence());
    }

    @Test
    void anAppendThatLostARaceToAnotherGatewayReadsTheNewHeadAndSucceeds() {
        log.record(SecurityEvent.Type.LOGIN_SUCCEEDED, "trader", "203.0.113.9");
        table.failuresToInject = SecurityEventLog.APPEND_ATTEMPTS - 1;
        log.record(SecurityEvent.Type.IP_BANNED, null, "198.51.100.7", "manual");

        assertEquals(2, table.rows.size());
        assertTrue(log.verify().intact());
    }

    @Test
    void aWriteThatKeepsFailingReachesTheCallerRatherThanBeingDropped() {
        table.failuresToInject = SecurityEventLog.APPEND_ATTEMPTS;
        assertThrows(PersistenceException.class,
                () -> log.record(SecurityEvent.Type.LOGIN_FAILED, "trader", "203.0.113.9"));
        assertTrue(table.rows.isEmpty());
    }

    @Test
    void timesAreKeptToTheMillisecondSoEveryDatabaseStoresThemExactly() {
        log.record(SecurityEvent.Type.LOGIN_FAILED, "trader", "203.0.113.9");
        assertEquals(Instant.parse("2026-12-05T01:00:00.123Z"), table.rows.get(0).getOccurredAt());
    }

    @Test
    void longValuesAreCutToTheirColumns() {
        log.record(SecurityEvent.Type.SETTINGS_CHANGED, "u".repeat(100), "a".repeat(100), "d".repeat(400));
        SecurityEvent row = table.rows.get(0);
        assertEquals(64, row.getUsername().length());
        assertEquals(64, row.getClientIp().length());
        assertEquals(SecurityEvent.DETAIL_LENGTH, row.getDetail().length());
        assertFalse(log.verify().firstFailure().isPresent());
    }
}
