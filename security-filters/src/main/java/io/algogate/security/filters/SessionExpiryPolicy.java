package io.algogate.security.filters;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The daily cut-off at which every dashboard session and broker session ends (OpenAlgo: 03:00
 * Asia/Kolkata, when Indian brokers invalidate their tokens). Disabled, sessions never expire by the
 * clock (OpenAlgo's setting for crypto brokers).
 */
public record SessionExpiryPolicy(boolean enabled, LocalTime at, ZoneId zone) {

    public static final String ENABLED_KEY = "algogate.session.expiry-enabled";
    public static final String TIME_KEY = "algogate.session.expiry-time";
    public static final String ZONE_KEY = "algogate.session.expiry-zone";

    public static SessionExpiryPolicy defaults() {
        return new SessionExpiryPolicy(true, LocalTime.of(3, 0), ZoneId.of("Asia/Kolkata"));
    }

    /** Reads the policy; a bad value stops start-up with the key named. */
    public static SessionExpiryPolicy fromConfig(Function<String, Optional<String>> lookup) {
        SessionExpiryPolicy defaults = defaults();
        boolean enabled = lookup.apply(ENABLED_KEY).map(Boolean::parseBoolean).orElse(true);
        LocalTime at;
        ZoneId zone;
        try {
            at = lookup.apply(TIME_KEY).map(LocalTime::parse).orElse(defaults.at());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(TIME_KEY + " must be a time such as 03:00", e);
        }
        try {
            zone = lookup.apply(ZONE_KEY).map(ZoneId::of).orElse(defaults.zone());
        } catch (RuntimeException e) {
            throw new IllegalStateException(ZONE_KEY + " must be a time zone such as Asia/Kolkata", e);
        }
        return new SessionExpiryPolicy(enabled, at, zone);
    }

    /** The most recent cut-off at or before the instant. */
    public Instant lastCutOff(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = LocalDate.from(local).atTime(at).atZone(zone);
        return (today.isAfter(local) ? today.minusDays(1) : today).toInstant();
    }

    /** The first cut-off after the instant: when a session made now expires. */
    public Instant nextCutOff(Instant now) {
        return lastCutOff(now).plus(Duration.ofDays(1)).atZone(zone).toLocalDate().atTime(at).atZone(zone)
                .toInstant();
    }

    /** Whether a session that began at {@code start} has expired by {@code now}. */
    public boolean expired(Instant start, Instant now) {
        return enabled && start.isBefore(lastCutOff(now));
    }
}
