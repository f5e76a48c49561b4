package io.algogate.gateway.application;

import io.algogate.gateway.domain.TrafficLogRepository;
import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.gateway.infrastructure.config.SettingValues;
import io.algogate.gateway.infrastructure.logging.ApplicationLoggers;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Retention (seed section 11: 14 days): once a day by the gateway's clock, deletes traffic log rows
 * and rotated application log files older than {@value #RETENTION_DAYS} days. The audit trail
 * (security events) is kept whatever its age. The task wakes every {@value #WAKE_MINUTES} minutes and
 * purges when the clock's (UTC) date differs from the last purge's, so a moved clock is honoured and
 * tests never wait. The same wake-up hooks application loggers created since start-up (plugins')
 * into redaction.
 */
@ApplicationScoped
public class LogRetentionService {

    private static final Logger LOG = Logger.getLogger(LogRetentionService.class.getName());
    public static final String RETENTION_DAYS = "algogate.logs.retention-days";
    public static final String LOG_DIRECTORY = "algogate.logs.dir";
    static final int DEFAULT_RETENTION_DAYS = 14;
    private static final long WAKE_MINUTES = 10;

    /**
     * The names Liberty gives rotated files ({@code messages_26.12.05_01.02.03.0.log}) and the FFDC
     * files; the live {@code messages.log}, {@code trace.log} and {@code http_access.log} never match.
     */
    private static final Pattern ROTATED_OR_FFDC = Pattern.compile(
            ".*_\\d{2}\\.\\d{2}\\.\\d{2}_\\d{2}\\.\\d{2}\\.\\d{2}(\\.\\d+)*\\.(log|txt)");

    @Inject
    TrafficLogRepository trafficLog;

    @Inject
    Clock clock;

    @Inject
    GatewaySettings settings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private LocalDate lastPurge;
    private ScheduledFuture<?> wakeUps;

    /** What one purge removed. */
    public record PurgeResult(Instant cutoff, int trafficRows, int logFiles) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        wakeUps = scheduler.scheduleWithFixedDelay(this::wakeUp, 1, WAKE_MINUTES, TimeUnit.MINUTES);
    }

    private void wakeUp() {
        try {
            ApplicationLoggers.hookExisting();
            purgeIfDue();
        } catch (RuntimeException e) {
            // A failed run must not cancel the schedule: the next wake-up tries again.
            LOG.log(Level.WARNING, "The log retention task failed", e);
        }
    }

    /** Purges when none ran yet on the clock's current day; empty when one did. */
    public synchronized Optional<PurgeResult> purgeIfDue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (today.equals(lastPurge)) {
            return Optional.empty();
        }
        PurgeResult result = purge(now);
        lastPurge = today;
        return Optional.of(result);
    }

    /** Deletes what is older than the retention period as seen at {@code now}. */
    public synchronized PurgeResult purge(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(retentionDays()));
        int rows = trafficLog.deleteOlderThan(cutoff);
        int files = logDirectory().map(directory -> deleteLogFilesOlderThan(directory, cutoff)).orElse(0);
        if (rows > 0 || files > 0) {
            LOG.info(() -> "Retention: deleted " + rows + " traffic log rows and " + files
                    + " log files older than " + cutoff);
        }
        return new PurgeResult(cutoff, rows, files);
    }

    int retentionDays() {
        return SettingValues.intInRange(settings, RETENTION_DAYS, DEFAULT_RETENTION_DAYS, 1, 3650);
    }

    /**
     * {@value #LOG_DIRECTORY} (server.xml defines it and points Liberty's logging at it), else the
     * directory Liberty's start script exports ({@code X_LOG_DIR}, or {@code LOG_DIR} when set).
     */
    Optional<Path> logDirectory() {
        return settings.optional(LOG_DIRECTORY).or(() -> Optional.ofNullable(System.getenv("X_LOG_DIR")))
                .or(() -> Optional.ofNullable(System.getenv("LOG_DIR")))
                .filter(value -> !value.isBlank()).map(Path::of).filter(Files::isDirectory);
    }

    static int deleteLogFilesOlderThan(Path directory, Instant cutoff) {
        int deleted = 0;
        for (Path file : candidates(directory)) {
            try {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff) && Files.deleteIfExists(file)) {
                    deleted++;
                }
            } catch (IOException e) {
                LOG.warning(() -> "Retention: cannot delete " + file.getFileName() + ": " + e);
            }
        }
        return deleted;
    }

    /** Rotated files in the log directory and in its {@code ffdc} directory; never subdirectories' others. */
    private static List<Path> candidates(Path directory) {
        try (Stream<Path> top = Files.list(directory);
                Stream<Path> ffdc = Files.isDirectory(directory.resolve("ffdc"))
                        ? Files.list(directory.resolve("ffdc")) : Stream.empty()) {
            return Stream.concat(top, ffdc).filter(Files::isRegularFile)
                    .filter(file -> ROTATED_OR_FFDC.matcher(file.getFileName().toString()).matches()).toList();
        } catch (IOException e) {
            LOG.warning(() -> "Retention: cannot list the log directory: " + e);
            return List.of();
        }
    }

    @PreDestroy
    void stop() {
        if (wakeUps != null) {
            wakeUps.cancel(false);
        }
    }
}
