package io.algogate.gateway.interfaces.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.gateway.domain.UserRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ReadinessCheckTest {

    /** The main database as a repository whose connection is gone. */
    private static final UserRepository UNREACHABLE = (UserRepository) java.lang.reflect.Proxy.newProxyInstance(
            UserRepository.class.getClassLoader(), new Class<?>[] {UserRepository.class}, (proxy, method, args) -> {
                throw new jakarta.persistence.PersistenceException("Connection refused to jdbc:derby:/secret/path");
            });

    @Test
    void readyWhenEveryProbeAnswers() {
        HealthCheckResponse response = ReadinessCheck.evaluate(List.of(
                new ReadinessProbe("database", () -> "ok"), new ReadinessProbe("broker", () -> "sandbox")));

        assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
        assertEquals(ReadinessCheck.NAME, response.getName());
        assertEquals(Optional.of(Map.of("database", "ok", "broker", "sandbox")), response.getData());
    }

    @Test
    void notReadyWhenTheDatabaseIsDownNamingOnlyTheFailuresClass() {
        HealthCheckResponse response = ReadinessCheck.evaluate(List.of(
                new ReadinessProbe("database", () -> "users: " + UNREACHABLE.count()),
                new ReadinessProbe("broker", () -> "sandbox")));

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals(Optional.of(Map.of("database", "DOWN: PersistenceException", "broker", "sandbox")),
                response.getData());
    }

    @Test
    void theTrafficLogQueueIsNotReadyPastNinetyPercent() {
        assertEquals("900 of 1000 queued, 3 dropped", ReadinessCheck.queueDetail(900, 1000, 3));
        assertThrows(IllegalStateException.class, () -> ReadinessCheck.queueDetail(901, 1000, 3));
        HealthCheckResponse full = ReadinessCheck.evaluate(List.of(
                new ReadinessProbe("traffic-log-queue", () -> ReadinessCheck.queueDetail(1000, 1000, 50))));
        assertEquals(HealthCheckResponse.Status.DOWN, full.getStatus());
    }

    @Test
    void livenessAsksNoDatabase() {
        assertEquals(HealthCheckResponse.Status.UP, new LivenessCheck().call().getStatus());
    }
}
