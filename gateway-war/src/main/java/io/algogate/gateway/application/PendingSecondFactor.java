package io.algogate.gateway.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.algogate.gateway.infrastructure.cache.ClockTicker;
import io.algogate.gateway.infrastructure.crypto.RandomTokens;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Logins waiting for their TOTP code: the password was right, the second factor is still owed. Each
 * waits at most five minutes (OpenAlgo's window), under a random token the browser holds in a
 * cookie; no HTTP session exists until the code is right.
 */
@ApplicationScoped
public class PendingSecondFactor {

    public static final Duration WINDOW = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    private Cache<String, Long> pending;

    @PostConstruct
    void init() {
        pending = Caffeine.newBuilder().ticker(ClockTicker.of(clock)).executor(Runnable::run)
                .expireAfterWrite(WINDOW).maximumSize(1_000).build();
    }

    /** Starts the wait; returns the token for the browser. */
    public String begin(long userId) {
        String token = RandomTokens.urlSafe(32);
        pending.put(token, userId);
        return token;
    }

    /** The user waiting under the token, if the window has not closed. */
    public Optional<Long> userOf(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(pending.getIfPresent(token));
    }

    public void finish(String token) {
        if (token != null) {
            pending.invalidate(token);
        }
    }
}
