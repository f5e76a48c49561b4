package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.TrafficLogEntry;
import io.algogate.gateway.domain.TrafficLogQuery;
import io.algogate.gateway.domain.TrafficLogRepository;
import io.algogate.gateway.infrastructure.config.MapSettings;
import io.algogate.gateway.support.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogRetentionServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    @TempDir
    Path logs;

    private final List<Instant> rows = new ArrayList<>();
    private final MutableClock clock = new MutableClock(NOW);
    private final LogRetentionService service = new LogRetentionService();

    LogRetentionServiceTest() {
        service.clock = clock;
        service.trafficLog = new TrafficLogRepository() {
            @Override
            public void recordAll(List<TrafficLogEntry> entries) {
                entries.forEach(entry -> rows.add(entry.getLoggedAt()));
            }

            @Override
            public List<TrafficLogEntry> newestFirst(TrafficLogQuery query, int page, int size) {
                return List.of();
            }

            @Override
            public long count() {
                return rows.size();
            }

            @Override
            public int deleteOlderThan(Instant cutoff) {
                int before = rows.size();
                rows.removeIf(time -> time.isBefore(cutoff));
                return before - rows.size();
            }
        };
    }

    @Test
    void trafficRowsAndRotatedLogFilesOlderThanFourteenDaysByDefaultGoTheLiveFilesStay() throws IOException {
        settings(Map.of(LogRetentionService.LOG_DIRECTORY, logs.toString()));
        rows.addAll(List.of(NOW.minus(Duration.ofDays(15)), NOW.minus(Duration.ofDays(14)).plusSeconds(1),
                NOW.minus(Duration.ofHours(1))));
        Path oldRotated = file("messages_26.11.20_01.00.00.0.log", Duration.ofDays(15));
        Path recentRotated = file("messages_26.12.01_01.00.00.0.log", Duration.ofDays(4));
        Path oldLive = file("messages.log", Duration.ofDays(30));
        Files.createDirectory(logs.resolve("ffdc"));
        Path oldFfdc = file("ffdc/ffdc_26.11.01_01.00.00.0.log", Duration.ofDays(34));
        Path oldOther = file("notes.txt", Duration.ofDays(40));

        LogRetentionService.PurgeResult result = service.purge(clock.instant());

        assertEquals(NOW.minus(Duration.ofDays(14)), result.cutoff());
        assertEquals(1, result.trafficRows());
        assertEquals(2, rows.size());
        assertEquals(2, result.logFiles());
        assertFalse(Files.exists(oldRotated));
        assertFalse(Files.exists(oldFfdc));
        assertTrue(Files.exists(recentRotated));
        assertTrue(Files.exists(oldLive), "the file Liberty writes to is never deleted");
        assertTrue(Files.exists(oldOther), "only Liberty's rotated and FFDC files are ours to delete");
    }

    @Test
    void theRetentionPeriodIsConfigurable() {
        settings(Map.of(LogRetentionService.RETENTION_DAYS, "3"));
        rows.addAll(List.of(NOW.minus(Duration.ofDays(4)), NOW.minus(Duration.ofDays(2))));

        assertEquals(1, service.purge(NOW).trafficRows());
        assertEquals(List.of(NOW.minus(Duration.ofDays(2))), rows);
    }

    @Test
    void thePurgeRunsOnceADayByTheGatewaysClock() {
        settings(Map.of());
        rows.add(NOW.minus(Duration.ofDays(20)));

        assertEquals(1, service.purgeIfDue().orElseThrow().trafficRows());
        rows.add(NOW.minus(Duration.ofDays(20)));
        clock.advance(Duration.ofHours(12));
        assertEquals(Optional.empty(), service.purgeIfDue(), "once that day");
        assertEquals(1, rows.size());

        clock.advance(Duration.ofHours(12));
        assertTrue(service.purgeIfDue().isPresent(), "again the next day");
        assertEquals(0, rows.size());
    }

    private void settings(Map<String, String> values) {
        service.settings = new MapSettings(values);
    }

    private Path file(String name, Duration age) throws IOException {
        Path file = Files.writeString(logs.resolve(name), "x");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }
}
