package io.algogate.gateway.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.algogate.gateway.domain.ClientKeyed;
import io.algogate.gateway.domain.IpBan;
import io.algogate.gateway.domain.IpBanRepository;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.infrastructure.cache.ClockTicker;
import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.gateway.infrastructure.config.SettingValues;
import io.algogate.gateway.infrastructure.persistence.SecurityEventLog;
import io.algogate.security.filters.BanList;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * IP bans: the ban list the IP-ban filter asks on every request, and the bans themselves.
 *
 * <p>Answers are cached per client (2,048 entries, 60 s, expiry by the injected clock, as OpenAlgo
 * does), so a request costs no database read. The cache holds when a ban ends, not a yes/no, so a
 * ban still expires on the second. Ban and unban invalidate the client's entry after their write has
 * committed; the entry is loaded through the cache's atomic {@code get}, which makes an invalidation
 * wait for a load in progress, so a load that read the old row cannot outlive the change. Another
 * gateway sharing the logs database sees a change within the 60 s.
 *
 * <p>A repeat offender's ban count rises on each ban; when it reaches the repeat-offender limit the
 * ban is permanent. Durations do not grow (OpenAlgo's rule).
 */
@ApplicationScoped
public class BanService implements BanList {

    public static final String BAN_DURATION = "algogate.security.ban.duration";
    public static final String REPEAT_OFFENDER_LIMIT = "algogate.security.ban.repeat-offender-limit";
    static final Duration DEFAULT_BAN_DURATION = Duration.ofHours(24);
    static final int DEFAULT_REPEAT_OFFENDER_LIMIT = 3;
    static final int CACHE_CAPACITY = 2_048;
    static final Duration CACHE_TTL = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(BanService.class.getName());

    @Inject
    IpBanRepository repository;

    @Inject
    NeverBanPolicy neverBan;

    @Inject
    GatewaySettings settings;

    @Inject
    Clock clock;

    @Inject
    SecurityEventLog events;

    private Duration defaultDuration;
    private int repeatOffenderLimit;
    private Cache<String, BanStatus> statusByClient;

    @PostConstruct
    void init() {
        defaultDuration = SettingValues.positiveDuration(settings, BAN_DURATION, DEFAULT_BAN_DURATION);
        repeatOffenderLimit = SettingValues.intInRange(settings, REPEAT_OFFENDER_LIMIT,
                DEFAULT_REPEAT_OFFENDER_LIMIT, 1, 100);
        statusByClient = Caffeine.newBuilder().ticker(ClockTicker.of(clock)).executor(Runnable::run)
                .expireAfterWrite(CACHE_TTL).maximumSize(CACHE_CAPACITY).build();
    }

    @Override
    public boolean isBanned(String clientKey) {
        if (clientKey == null || clientKey.isEmpty()) {
            return false;
        }
        return statusByClient.get(clientKey, this::loadStatus).activeAt(clock.instant());
    }

    /** Bans the client for the configured duration (or for good, if it is a repeat offender). */
    public BanOutcome ban(String clientKey, String reason, String source) {
        return ban(clientKey, reason, source, defaultDuration);
    }

    /**
     * Bans the client for {@code duration}, or permanently when it is null or the client reaches the
     * repeat-offender limit. A protected client is not banned and nothing is written.
     *
     * @param source one of {@link IpBan#SOURCES}
     */
    public synchronized BanOutcome ban(String clientKey, String reason, String source, Duration duration) {
        requireClientKey(clientKey);
        if (!IpBan.SOURCES.contains(source)) {
            throw new IllegalArgumentException("Unknown ban source: " + source);
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("A ban lasts a positive duration, or is permanent");
        }
        if (neverBan.protects(clientKey)) {
            LOG.log(Level.WARNING, "Not banning {0}: the never-ban policy protects it", clientKey);
            return BanOutcome.NOT_ALLOWED;
        }
        Instant now = clock.instant();
        String storedReason = storedReason(reason, source);
        Optional<IpBan> existing = repository.findByClientKey(clientKey);
        int banCount = existing.map(ban -> ban.getBanCount() + 1).orElse(1);
        boolean permanent = duration == null || banCount >= repeatOffenderLimit;
        Instant expiresAt = permanent ? null : now.plus(duration);
        IpBan ban = existing.orElse(null);
        if (ban == null) {
            ban = new IpBan(clientKey, storedReason, source, now, expiresAt);
        } else {
            ban.renew(storedReason, source, now, expiresAt);
        }
        repository.save(ban);
        statusByClient.invalidate(clientKey);
        LOG.log(Level.WARNING, "Banned {0} ({1}, ban {2}, {3}): {4}", new Object[] {clientKey, source, banCount,
                permanent ? "permanent" : "until " + expiresAt, storedReason});
        events.record(SecurityEvent.Type.IP_BANNED, null, clientKey, source + ", ban " + banCount + ", "
                + (permanent ? "permanent" : "until " + expiresAt) + ": " + storedReason);
        return permanent ? BanOutcome.BANNED_PERMANENTLY : BanOutcome.BANNED_TEMPORARILY;
    }

    /** Lifts the client's ban at once; false if it was not banned. The ban count is kept. */
    public synchronized boolean unban(String clientKey) {
        requireClientKey(clientKey);
        Instant now = clock.instant();
        Optional<IpBan> active = repository.findByClientKey(clientKey).filter(ban -> ban.isActiveAt(now));
        active.ifPresent(ban -> {
            ban.lift(now);
            repository.save(ban);
            LOG.log(Level.INFO, "Lifted the ban on {0}", clientKey);
            events.record(SecurityEvent.Type.IP_UNBANNED, null, clientKey, "lifted by the admin");
        });
        statusByClient.invalidate(clientKey);
        return active.isPresent();
    }

    /** Every ban ever recorded, the most recent first, for the admin view. */
    public List<BanView> bans() {
        Instant now = clock.instant();
        return repository.findAll().stream()
                .sorted(Comparator.comparing(IpBan::getBannedAt).reversed())
                .map(ban -> new BanView(ban.getClientKey(), ban.getReason(), ban.getBanCount(), ban.getBannedAt(),
                        ban.getExpiresAt(), ban.isPermanent(), ban.getSource(), ban.isActiveAt(now)))
                .toList();
    }

    /** The length of an automatic ban (and of a manual one with no length given). */
    public Duration defaultDuration() {
        return defaultDuration;
    }

    /** The ban count at which a ban is permanent. */
    public int repeatOffenderLimit() {
        return repeatOffenderLimit;
    }

    /** Forgets every cached answer: for the test profile's reset. */
    public void clearCache() {
        statusByClient.invalidateAll();
    }

    private BanStatus loadStatus(String clientKey) {
        Instant now = clock.instant();
        return repository.findByClientKey(clientKey).filter(ban -> ban.isActiveAt(now))
                .map(ban -> new BanStatus(true, ban.getExpiresAt()))
                .orElse(BanStatus.NOT_BANNED);
    }

    private static void requireClientKey(String clientKey) {
        if (clientKey == null || clientKey.isBlank() || clientKey.length() > ClientKeyed.MAX_CLIENT_KEY_LENGTH) {
            throw new IllegalArgumentException("A client key is 1 to " + ClientKeyed.MAX_CLIENT_KEY_LENGTH
                    + " characters");
        }
    }

    private static String storedReason(String reason, String source) {
        String text = reason == null || reason.isBlank() ? "Banned by " + source : reason.strip();
        return text.length() <= IpBan.MAX_REASON_LENGTH ? text : text.substring(0, IpBan.MAX_REASON_LENGTH);
    }

    /** A cached answer: banned until {@code expiresAt} (null: until lifted), or not banned. */
    private record BanStatus(boolean banned, Instant expiresAt) {

        static final BanStatus NOT_BANNED = new BanStatus(false, null);

        boolean activeAt(Instant now) {
            return banned && (expiresAt == null || now.isBefore(expiresAt));
        }
    }
}
