package io.algogate.gateway.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.algogate.gateway.infrastructure.cache.ClockTicker;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Logins waiting for their TOTP code: the password was right, the second factor is still owed. Each
 * waits at most five minutes (OpenAlgo's window), under a random token the browser holds in a
 * cookie; no HTTP session exists until the code is right.
 */
@ApplicationScoped
public class PendingSecondFactor {

    public static final Duration WINDOW = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

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
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
