package io.algogate.gateway.application;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Funds;
import io.algogate.gateway.infrastructure.config.GatewaySettings;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The intraday P&amp;L curve's points: once a minute while some exchange is in session, the total
 * P&amp;L the funds report (realised plus unrealised, the numbers the API's {@code funds} gives) of each
 * user with a live broker session. Kept in memory, today's only: a restart starts the curve again,
 * which costs a trader a picture, not a number (the broker keeps the P&amp;L itself).
 */
@ApplicationScoped
public class PnlSampler {

    private static final Logger LOG = Logger.getLogger(PnlSampler.class.getName());

    @Inject
    OrderService orders;

    @Inject
    BrokerSessionService brokerSessions;

    @Inject
    GatewaySettings settings;

    @Inject
    Clock clock;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<Long, IntradayPnlSeries> series = new ConcurrentHashMap<>();
    private volatile MarketCalendar calendar;
    private ScheduledFuture<?> sampling;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        sampling = scheduler.scheduleAtFixedRate(this::sampleDuringMarketHours, 1, 1, TimeUnit.MINUTES);
    }

    private void sampleDuringMarketHours() {
        try {
            if (calendar().anySessionOpen(clock.instant())) {
                sampleNow();
            }
        } catch (RuntimeException e) {
            // A failed round must not cancel the schedule: the next minute tries again.
            LOG.log(Level.WARNING, "The P&L sample failed", e);
        }
    }

    /** Records a sample for every user with a live broker session now; returns how many were recorded. */
    public int sampleNow() {
        Instant now = clock.instant();
        int recorded = 0;
        for (long userId : brokerSessions.usersWithLiveSession()) {
            try {
                Funds funds = orders.funds(userId);
                seriesOf(userId).add(tradingDay(now), new PnlSample(now, funds.m2mRealized().add(funds.m2mUnrealized())));
                recorded++;
            } catch (BrokerException e) {
                // The broker may be down for a minute; the curve simply has a gap there.
                LOG.fine(() -> "No P&L sample for user " + userId + ": " + e.getMessage());
            }
        }
        return recorded;
    }

    /** The user's samples of today (IST), oldest first. */
    public List<PnlSample> today(long userId) {
        IntradayPnlSeries known = series.get(userId);
        return known == null ? List.of() : known.of(tradingDay(clock.instant()));
    }

    private IntradayPnlSeries seriesOf(long userId) {
        return series.computeIfAbsent(userId, id -> new IntradayPnlSeries());
    }

    private static LocalDate tradingDay(Instant at) {
        return LocalDate.ofInstant(at, MarketCalendar.IST);
    }

    private MarketCalendar calendar() {
        MarketCalendar known = calendar;
        if (known == null) {
            known = new MarketCalendar(MarketCalendar.parseConfigured(settings.optional(MarketCalendar.HOLIDAYS_KEY)
                    .orElse(null)));
            calendar = known;
        }
        return known;
    }

    @PreDestroy
    void stop() {
        if (sampling != null) {
            sampling.cancel(false);
        }
    }
}
