package io.algogate.gateway.application;

import io.algogate.gateway.domain.ClientHitTrack;
import io.algogate.gateway.domain.ClientKeyed;
import io.algogate.gateway.domain.ClientKeyedRepository;
import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.gateway.infrastructure.config.SettingValues;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the 404 and invalid-key trackers share: count a client's hits over a sliding window, remember
 * what it tried, and ban it when the hits in the window reach the threshold, then start counting
 * afresh. Protected (never-ban) clients are not tracked at all. One recording at a time per tracker,
 * so two hits from one client cannot both read the same row and lose a count.
 */
public abstract class ClientHitTracking<T extends ClientHitTrack> {

    @Inject
    BanService banService;

    @Inject
    NeverBanPolicy neverBan;

    @Inject
    GatewaySettings settings;

    @Inject
    Clock clock;

    private SlidingWindow window;

    /**
     * What sets one tracker apart: its setting keys, the threshold when none is configured, and the
     * ban it hands out ({@code banSource} one of IpBan's SOURCES). The ban reason reads
     * "{@code reasonPrefix}: N {@code hitNoun} in WINDOW"; it is assembled, not formatted, so no
     * format string is ever built from data (find-sec-bugs FORMAT_STRING_MANIPULATION).
     */
    protected record Rules(String windowKey, String thresholdKey, int defaultThreshold, String banSource,
            String reasonPrefix, String hitNoun) {
    }

    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

    private final Rules rules;

    protected ClientHitTracking(Rules rules) {
        this.rules = rules;
    }

    protected abstract ClientKeyedRepository<T> repository();

    protected abstract T newTrack(String clientKey, Instant now);

    protected abstract List<String> lastTried(T track);

    @PostConstruct
    void init() {
        window = new SlidingWindow(SettingValues.positiveDuration(settings, rules.windowKey(), DEFAULT_WINDOW),
                SettingValues.intInRange(settings, rules.thresholdKey(), rules.defaultThreshold(), 1,
                        ClientHitTrack.MAX_HITS));
    }

    /** Records one hit, lets {@code remember} note what was tried, and bans at the threshold. */
    protected synchronized void recordHit(String clientKey, Consumer<T> remember) {
        if (clientKey == null || clientKey.isBlank() || clientKey.length() > ClientKeyed.MAX_CLIENT_KEY_LENGTH
                || neverBan.protects(clientKey)) {
            return;
        }
        Instant now = clock.instant();
        T track = repository().findByClientKey(clientKey).orElseGet(() -> newTrack(clientKey, now));
        List<Instant> hits = window.record(track.getHitTimes(), now);
        remember.accept(track);
        track.setUpdatedAt(now);
        String reason = rules.reasonPrefix() + ": " + hits.size() + " " + rules.hitNoun() + " in "
                + describe(window.length());
        if (window.reached(hits) && banService.ban(clientKey, reason, rules.banSource()).banned()) {
            hits = List.of();
        }
        track.setHitTimes(hits);
        repository().save(track);
    }

    /** The window the hits are counted over, as configured under {@link #windowKey()}. */
    public Duration window() {
        return window.length();
    }

    /** The hits within the window that ban a client, as configured under {@link #thresholdKey()}. */
    public int threshold() {
        return window.threshold();
    }

    public String windowKey() {
        return rules.windowKey();
    }

    public String thresholdKey() {
        return rules.thresholdKey();
    }

    /** Every tracked client, the most recently seen first, for the admin view. */
    public List<TrackerView> trackers() {
        Instant now = clock.instant();
        return repository().findAll().stream()
                .sorted(Comparator.comparing(ClientHitTrack::getUpdatedAt).reversed())
                .map(track -> new TrackerView(track.getClientKey(), window.inWindow(track.getHitTimes(), now).size(),
                        lastTried(track), track.getUpdatedAt()))
                .toList();
    }

    /** The window in words for a ban reason: "24 hours", as OpenAlgo writes it. */
    public static String describe(Duration length) {
        if (length.toSecondsPart() == 0 && length.toMinutesPart() == 0) {
            return plural(length.toHours(), "hour");
        }
        return length.toSecondsPart() == 0 ? plural(length.toMinutes(), "minute") : plural(length.toSeconds(), "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
