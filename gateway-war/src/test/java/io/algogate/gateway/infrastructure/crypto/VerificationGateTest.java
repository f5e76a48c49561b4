package io.algogate.gateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VerificationGateTest {

    private static final Duration TINY_WAIT = Duration.ofMillis(50);

    @Test
    void whenEverySlotIsHeldPastTheWaitVerificationIsRefusedWithARetryAfter() throws Exception {
        int slots = 2;
        VerificationGate gate = new VerificationGate(slots, TINY_WAIT);
        PasswordHasher hasher = new PasswordHasher(PasswordHasherUpgradeTest.PEPPER,
                PasswordHasherUpgradeTest.FAST, gate);
        String hash = hasher.hash("Secret#123");

        CountDownLatch holding = new CountDownLatch(slots);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(slots);
        try {
            List<Future<Boolean>> held = new ArrayList<>();
            for (int i = 0; i < slots; i++) {
                held.add(holders.submit(() -> gate.run(() -> {
                    holding.countDown();
                    return awaitQuietly(release);
                })));
            }
            assertTrue(holding.await(10, TimeUnit.SECONDS), "the holders took every slot");

            VerificationBusyException busy = assertThrows(VerificationBusyException.class,
                    () -> hasher.verify("Secret#123", hash));
            assertEquals(1, busy.retryAfterSeconds());
            assertThrows(VerificationBusyException.class, () -> hasher.hash("Secret#123"));
            assertEquals(0, hasher.verifications(), "a refused verification did not run");

            release.countDown();
            for (Future<Boolean> future : held) {
                assertTrue(future.get(10, TimeUnit.SECONDS));
            }
        } finally {
            release.countDown();
            holders.shutdownNow();
        }
        assertEquals(slots, gate.freeSlots());
        assertTrue(hasher.verify("Secret#123", hash), "the gate works again once slots are free");
    }

    @Test
    void retryAfterRoundsTheWaitUpToWholeSeconds() {
        assertEquals(3, new VerificationGate(1, Duration.ofMillis(2_500)).retryAfterSeconds());
        assertEquals(3, new VerificationGate(1, Duration.ofSeconds(3)).retryAfterSeconds());
        assertEquals(1, new VerificationGate(1, TINY_WAIT).retryAfterSeconds());
    }

    @Test
    void aSlotIsReturnedWhenTheWorkThrows() {
        VerificationGate gate = new VerificationGate(1, TINY_WAIT);
        assertThrows(IllegalStateException.class, () -> gate.run(() -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(1, gate.freeSlots());
    }

    @Test
    void thereIsAlwaysAtLeastOneSlotPerProcessor() {
        assertEquals(Math.max(1, Runtime.getRuntime().availableProcessors()),
                VerificationGate.perProcessor(TINY_WAIT).freeSlots());
    }

    private static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
