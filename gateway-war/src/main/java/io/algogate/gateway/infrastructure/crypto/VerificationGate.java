package io.algogate.gateway.infrastructure.crypto;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Bounds how many Argon2 or bcrypt computations run at once. Each one takes 19 MiB or more and tens of
 * milliseconds of a core; without a bound, a burst of logins or uncached key checks would exhaust
 * memory and starve every other request. A caller that cannot get a slot within the wait is refused
 * with {@link VerificationBusyException} instead of queueing without end.
 */
public final class VerificationGate {

    /** How long a caller waits for a slot unless configured otherwise. */
    public static final Duration DEFAULT_MAX_WAIT = Duration.ofSeconds(3);

    private final Semaphore slots;
    private final Duration maxWait;
    private final long retryAfterSeconds;

    /** One slot per processor: more parallel hashing than cores only adds memory, not throughput. */
    public static VerificationGate perProcessor(Duration maxWait) {
        return new VerificationGate(Math.max(1, Runtime.getRuntime().availableProcessors()), maxWait);
    }

    public VerificationGate(int slots, Duration maxWait) {
        if (slots < 1 || maxWait.isNegative() || maxWait.isZero()) {
            throw new IllegalArgumentException("A gate needs at least one slot and a positive wait");
        }
        this.slots = new Semaphore(slots, true);
        this.maxWait = maxWait;
        // Round up, so a client told to come back does not arrive while the burst still lasts.
        this.retryAfterSeconds = Math.max(1, maxWait.plusMillis(999).toSeconds());
    }

    /** Runs the work in a slot, waiting at most the configured time for one. */
    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VerificationBusyException(retryAfterSeconds);
        }
        if (!acquired) {
            throw new VerificationBusyException(retryAfterSeconds);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    public Duration maxWait() {
        return maxWait;
    }

    /** What a refused caller is told: the wait rounded up to whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Slots free right now, for metrics and tests. */
    public int freeSlots() {
        return slots.availablePermits();
    }
}
