package io.algogate.gateway.infrastructure.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Remembers API-key verdicts so the Argon2 work runs once per key, not per request: valid keys for
 * 10 hours (at most 1,024), invalid ones for 5 minutes (at most 512), as OpenAlgo does. Entries are
 * keyed by the SHA-256 of the key, never the key itself. Expiry follows the injected {@link Clock},
 * and maintenance runs on the calling thread, so tests see exact sizes and expiries.
 */
public final class ApiKeyVerificationCache {

    public static final Duration VALID_TTL = Duration.ofHours(10);
    public static final Duration INVALID_TTL = Duration.ofMinutes(5);
    public static final int VALID_CAPACITY = 1_024;
    public static final int INVALID_CAPACITY = 512;

    /** A cached verdict. */
    public sealed interface Verdict permits Valid, Invalid {
    }

    /** The key belongs to this user. */
    public record Valid(long userId) implements Verdict {
    }

    /** The key was refused recently. */
    public record Invalid() implements Verdict {
    }

    private final Cache<String, Long> valid;
    private final Cache<String, Boolean> invalid;

    public ApiKeyVerificationCache(Clock clock) {
        Ticker ticker = ClockTicker.of(clock);
        this.valid = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .expireAfterWrite(VALID_TTL).maximumSize(VALID_CAPACITY).build();
        this.invalid = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .expireAfterWrite(INVALID_TTL).maximumSize(INVALID_CAPACITY).build();
    }

    /** The verdict remembered for the key with this SHA-256, if any. */
    public Optional<Verdict> lookup(String keySha256) {
        Long userId = valid.getIfPresent(keySha256);
        if (userId != null) {
            return Optional.of(new Valid(userId));
        }
        return invalid.getIfPresent(keySha256) != null ? Optional.of(new Invalid()) : Optional.empty();
    }

    public void rememberValid(String keySha256, long userId) {
        invalid.invalidate(keySha256);
        valid.put(keySha256, userId);
    }

    public void rememberInvalid(String keySha256) {
        invalid.put(keySha256, Boolean.TRUE);
    }

    /**
     * Forgets the valid verdicts of one user's keys, so the next request with one of them is checked
     * against the database again (after a password change, which may be a response to a leak).
     */
    public void forgetUser(long userId) {
        valid.asMap().values().removeIf(owner -> owner == userId);
    }

    /** Forgets every verdict: after a key is regenerated, and on the test profile's reset. */
    public void clear() {
        valid.invalidateAll();
        invalid.invalidateAll();
    }

    /** Entry counts after pending maintenance, for tests and metrics. */
    public long validSize() {
        valid.cleanUp();
        return valid.estimatedSize();
    }

    public long invalidSize() {
        invalid.cleanUp();
        return invalid.estimatedSize();
    }
}
