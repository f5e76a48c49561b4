package io.algogate.gateway.application;

import io.algogate.gateway.domain.TrafficLogEntry;
import io.algogate.gateway.domain.TrafficLogRepository;
import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.gateway.infrastructure.config.SettingValues;
import io.algogate.security.filters.TrafficRecord;
import io.algogate.security.filters.TrafficRecorder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The traffic log's writer (D10): requests queue their records in a bounded {@link DropOldestQueue}
 * and return at once; a scheduled task writes what has queued, in batches of one transaction each,
 * to the logs database. When the database falls behind, the oldest queued records are dropped and
 * counted ({@link #dropped()}), so a flood of requests never waits on the log.
 */
@ApplicationScoped
public class TrafficLogService implements TrafficRecorder {

    private static final Logger LOG = Logger.getLogger(TrafficLogService.class.getName());
    public static final String QUEUE_CAPACITY = "algogate.traffic-log.queue-capacity";
    static final int DEFAULT_QUEUE_CAPACITY = 10_000;
    static final int BATCH_SIZE = 500;
    private static final long WRITE_EVERY_MILLIS = 250;

    @Inject
    TrafficLogRepository repository;

    @Inject
    Clock clock;

    @Inject
    GatewaySettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private DropOldestQueue<TrafficLogEntry> queue;
    private final AtomicLong lostToFailedWrites = new AtomicLong();
    private ScheduledFuture<?> writer;

    @PostConstruct
    void createQueue() {
        createQueue(SettingValues.intInRange(settings, QUEUE_CAPACITY, DEFAULT_QUEUE_CAPACITY, 100, 1_000_000));
    }

    void createQueue(int capacity) {
        queue = new DropOldestQueue<>(capacity);
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        writer = scheduler.scheduleWithFixedDelay(this::writeQuietly, WRITE_EVERY_MILLIS, WRITE_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void record(TrafficRecord record) {
        queue.offer(new TrafficLogEntry(clock.instant(), record.clientIp(), record.method(), record.path(),
                record.status(), record.durationMillis(), record.userId(), record.error()));
    }

    /** Writes everything queued now; returns how many records were written. */
    public synchronized int writeQueued() {
        int written = 0;
        List<TrafficLogEntry> batch = new ArrayList<>(BATCH_SIZE);
        while (queue.drainTo(batch, BATCH_SIZE) > 0) {
            try {
                repository.recordAll(batch);
                written += batch.size();
            } catch (RuntimeException e) {
                lostToFailedWrites.addAndGet(batch.size());
                LOG.log(Level.WARNING, "{0} traffic log records could not be written: {1}",
                        new Object[] {batch.size(), e.toString()});
            }
            batch.clear();
        }
        return written;
    }

    private void writeQuietly() {
        try {
            writeQueued();
        } catch (RuntimeException e) {
            // A failed run must not cancel the schedule: the next one tries again.
            LOG.log(Level.WARNING, "The traffic log writer failed", e);
        }
    }

    /** Records dropped because the queue was full (a metric: the database fell behind). */
    public long dropped() {
        return queue.dropped();
    }

    /** Records lost because their batch could not be written. */
    public long lostToFailedWrites() {
        return lostToFailedWrites.get();
    }

    public int queued() {
        return queue.size();
    }

    /** How many records the queue holds before it drops the oldest. */
    public int capacity() {
        return queue.capacity();
    }

    @PreDestroy
    void stop() {
        if (writer != null) {
            writer.cancel(false);
        }
        writeQuietly();
    }
}
