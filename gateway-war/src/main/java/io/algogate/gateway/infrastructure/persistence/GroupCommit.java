package io.algogate.gateway.infrastructure.persistence;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Group commit, leader and followers: a caller whose work must be durable before it answers holds a
 * {@link Ticket} and {@link #await waits}; whichever waiting caller finds no commit under way becomes
 * the leader and commits everything pending at that moment, in one database transaction. While one
 * commit waits for the disk, the work of later callers piles up for the next, so the disk's flushes
 * per second stop being the limit on orders per second, and nobody is answered before their work is
 * on disk.
 *
 * <p>The owner keeps what is pending and hands it over as a {@link Batch} when asked; the batch's
 * tickets are settled here, whatever its commit does, so no caller waits forever.
 */
public final class GroupCommit {

    /** What one commit covers. */
    public interface Batch {

        /** The callers waiting for this batch. */
        List<Ticket> tickets();

        /** Makes the batch durable; throwing fails every ticket of the batch. */
        void commit();
    }

    /** One caller's stake in a future commit. */
    public static final class Ticket {

        private volatile boolean settled;
        private volatile Throwable failure;

        /** Fails the ticket before any commit reaches it (work built on a batch that failed). */
        public void fail(Throwable cause) {
            failure = Objects.requireNonNull(cause, "cause");
            settled = true;
        }

        private void succeed() {
            settled = true;
        }
    }

    private final Supplier<Batch> takePending;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition commitEnded = lock.newCondition();
    /** A leader is committing; guarded by {@link #lock}. */
    private boolean committing;

    /** {@code takePending} hands over everything pending and starts a new, empty pending batch. */
    public GroupCommit(Supplier<Batch> takePending) {
        this.takePending = Objects.requireNonNull(takePending, "takePending");
    }

    /**
     * Returns once a commit covering the ticket has finished, leading commits while none is under
     * way; throws if that commit failed, with the failure as the cause.
     */
    public void await(Ticket ticket) {
        lock.lock();
        try {
            while (!ticket.settled) {
                if (committing) {
                    commitEnded.awaitUninterruptibly();
                    continue;
                }
                committing = true;
                lock.unlock();
                try {
                    commitNext();
                } finally {
                    lock.lock();
                    committing = false;
                    commitEnded.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
        Throwable failure = ticket.failure;
        if (failure != null) {
            throw new IllegalStateException("Not committed: " + failure, failure);
        }
    }

    private void commitNext() {
        Batch batch = takePending.get();
        try {
            batch.commit();
        } catch (RuntimeException | Error e) {
            batch.tickets().forEach(ticket -> ticket.fail(e));
            return;
        }
        batch.tickets().forEach(Ticket::succeed);
    }
}
