package io.algogate.gateway.infrastructure.plugins;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.PluginScopedId;
import io.algogate.gateway.domain.PluginStateRepository;
import io.algogate.gateway.support.InMemoryPluginState;
import io.algogate.gateway.support.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How {@link HostDurableStore} commits: transactions that end while a commit is under way are
 * committed together in the next one, nobody returns before their writes are in the database, a
 * transaction sees the writes of those before it even while they are still on their way, and a
 * failed commit takes down exactly the transactions that built on it.
 */
class HostDurableStoreGroupCommitTest {

    private final GatedRows rows = new GatedRows();
    private final HostDurableStore store = new HostDurableStore("sandbox", rows,
            new MutableClock(Instant.parse("2026-12-05T04:00:00Z")));
    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() {
        rows.open();
        callers.shutdownNow();
    }

    @Test
    void transactionsEndingDuringACommitShareTheNextCommitAndReturnOnlyOnceItIsDone() throws Exception {
        rows.holdNextCommit();
        Future<?> first = callers.submit(() -> increment("counter"));
        rows.awaitHeldCommit();

        List<Future<?>> later = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            later.add(callers.submit(() -> increment("counter")));
        }
        awaitPending(5);
        assertFalse(first.isDone(), "the first caller waits for its commit");
        later.forEach(call -> assertFalse(call.isDone(), "no caller returns before its commit"));
        assertEquals(Optional.empty(), rows.stored("counter"), "nothing is in the database yet");

        rows.open();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> call : later) {
            call.get(10, TimeUnit.SECONDS);
        }

        assertEquals("6", rows.stored("counter").orElseThrow(), "each transaction read the one before it");
        assertEquals(2, rows.commits.get(), "the first alone, then the five that ended while it was committed");
    }

    @Test
    void manyConcurrentTransactionsLoseNoUpdateAndNeedFewerCommits() throws Exception {
        List<Future<?>> calls = new ArrayList<>();
        for (int thread = 0; thread < 8; thread++) {
            calls.add(callers.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    increment("counter");
                }
            }));
        }
        for (Future<?> call : calls) {
            call.get(30, TimeUnit.SECONDS);
        }

        assertEquals("1600", rows.stored("counter").orElseThrow());
        assertEquals("1600", text(store.get("counter")));
        assertTrue(rows.commits.get() <= 1600, "never more than one commit per transaction");
    }

    @Test
    void aFailedCommitFailsItsTransactionsAndThoseBuiltOnItThenTheStoreCarriesOn() throws Exception {
        rows.failNextCommit();
        rows.holdNextCommit();
        Future<?> doomedCommit = callers.submit(() -> increment("counter"));
        rows.awaitHeldCommit();
        Future<?> builtOnIt = callers.submit(() -> increment("counter"));
        awaitPending(1);

        rows.open();

        assertFailsWith(doomedCommit, "disk full");
        assertFailsWith(builtOnIt, "could not be committed");
        assertEquals(Optional.empty(), rows.stored("counter"));
        assertEquals(Optional.empty(), store.get("counter"), "the store forgot what was never committed");

        increment("counter");
        assertEquals("1", rows.stored("counter").orElseThrow());
    }

    @Test
    void aNewKeyIsInsertedWithoutALookUpAndAKeyWrittenThenDeletedBeforeItsCommitTouchesNoRow() {
        store.put("funds", bytes("100"));
        store.inTransaction(() -> {
            store.put("open/1", bytes(""));
            store.delete("open/1");
            store.put("funds", bytes("90"));
            return null;
        });

        assertEquals(List.of("insert funds", "put funds"), rows.writes);
    }

    @Test
    void committedValuesAreReadFromMemoryAfterTheirCommit() {
        store.put("funds", bytes("100"));
        int readsBefore = rows.reads.get();

        for (int i = 0; i < 10; i++) {
            assertEquals("100", text(store.get("funds")));
        }
        assertEquals(Optional.empty(), store.get("absent"));

        assertEquals(readsBefore, rows.reads.get(), "neither a known value nor a known absence reads the database");
    }

    @Test
    void aStoreOverRowsWrittenEarlierReadsThemFromTheDatabase() {
        store.put("orders/1", bytes("open"));
        HostDurableStore afterRestart = new HostDurableStore("sandbox", rows,
                new MutableClock(Instant.parse("2026-12-05T04:00:00Z")));

        assertEquals("open", text(afterRestart.get("orders/1")));
        assertEquals(Set.of("orders/1"), afterRestart.keys("orders/"));
    }

    private void increment(String key) {
        store.inTransaction(() -> {
            long value = store.get(key).map(HostDurableStoreGroupCommitTest::text).map(Long::parseLong).orElse(0L);
            store.put(key, bytes(Long.toString(value + 1)));
            return null;
        });
    }

    /** Waits until the given number of transactions have run their work and wait for the next commit. */
    private void awaitPending(int transactions) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (store.waitingForCommit() < transactions && System.nanoTime() < deadline) {
            Thread.yield();
        }
        assertEquals(transactions, store.waitingForCommit(), "transactions waiting for the next commit");
    }

    private static void assertFailsWith(Future<?> call, String message) {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> call.get(10, TimeUnit.SECONDS));
        assertTrue(String.valueOf(failure.getCause().getMessage()).contains(message),
                () -> "expected a failure mentioning '" + message + "', got " + failure.getCause());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    private static String text(Optional<byte[]> value) {
        return value.map(HostDurableStoreGroupCommitTest::text).orElse(null);
    }

    private static String text(byte[] value) {
        return new String(value, UTF_8);
    }

    /** Rows whose next commit can be held at a gate or made to fail, counting commits and reads. */
    private static final class GatedRows implements PluginStateRepository {
        private final InMemoryPluginState rows = new InMemoryPluginState();
        final AtomicInteger commits = new AtomicInteger();
        final AtomicInteger reads = new AtomicInteger();
        final List<String> writes = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile CountDownLatch held = new CountDownLatch(0);
        private volatile CountDownLatch gate = new CountDownLatch(0);
        private volatile boolean failNext;

        void holdNextCommit() {
            held = new CountDownLatch(1);
            gate = new CountDownLatch(1);
        }

        void awaitHeldCommit() throws InterruptedException {
            assertTrue(held.await(10, TimeUnit.SECONDS), "a commit reached the database");
        }

        void open() {
            gate.countDown();
        }

        void failNextCommit() {
            failNext = true;
        }

        Optional<String> stored(String key) {
            return Optional.ofNullable(rows.rows().get(new PluginScopedId("sandbox", key))).map(HostDurableStoreGroupCommitTest::text);
        }

        @Override
        public Optional<byte[]> value(String pluginId, String key) {
            reads.incrementAndGet();
            return rows.value(pluginId, key);
        }

        @Override
        public void put(String pluginId, String key, byte[] value, Instant now) {
            writes.add("put " + key);
            rows.put(pluginId, key, value, now);
        }

        @Override
        public void insert(String pluginId, String key, byte[] value, Instant now) {
            writes.add("insert " + key);
            rows.put(pluginId, key, value, now);
        }

        @Override
        public void delete(String pluginId, String key) {
            writes.add("delete " + key);
            rows.delete(pluginId, key);
        }

        @Override
        public List<String> keys(String pluginId, String prefix) {
            return rows.keys(pluginId, prefix);
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            held.countDown();
            try {
                assertTrue(gate.await(10, TimeUnit.SECONDS), "the test opened the gate");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            commits.incrementAndGet();
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("disk full");
            }
            return rows.inTransaction(work);
        }
    }
}
