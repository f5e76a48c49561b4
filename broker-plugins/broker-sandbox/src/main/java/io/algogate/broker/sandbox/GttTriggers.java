package io.algogate.broker.sandbox;

import io.algogate.broker.spi.OrderRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fires and expires the sandbox's GTTs as the {@link FillEngine} catches up with the feed, inside its
 * transaction: for each stretch of ticks, each active GTT is checked at the same ticks the engine
 * checks open orders, and one whose trigger the last price reaches is removed from the book and its
 * leg's order placed, at the instant of that tick, through the placeorder path ({@link LegPlacer}), so
 * margin, positions and funds stay as consistent as for any order. A GTT whose expiry has passed
 * without firing is removed. Because this runs in the catch-up, whose outcome depends only on the
 * clock, a GTT that fired while the gateway was down fires on the first call after the restart.
 */
final class GttTriggers {

    /** Places a fired GTT's order as of the instant (booking it rejected if it is refused). */
    @FunctionalInterface
    interface LegPlacer {
        void place(OrderRequest order, Instant at, String triggerId);
    }

    private final SandboxOrderStore store;
    private final SandboxMarket market;
    private final LegPlacer placer;

    GttTriggers(SandboxOrderStore store, SandboxMarket market, LegPlacer placer) {
        this.store = Objects.requireNonNull(store, "store");
        this.market = Objects.requireNonNull(market, "market");
        this.placer = Objects.requireNonNull(placer, "placer");
    }

    private record Firing(long tick, SandboxGtt gtt, SandboxGtt.Trigger trigger) {
    }

    /**
     * Fires the GTTs the feed triggers between the two ticks (inclusive), each at its first trigger, in
     * tick order; removes those that expire by {@code toTick} unfired.
     */
    void check(long fromTick, long toTick, long stride) {
        List<Firing> firings = new ArrayList<>();
        for (SandboxGtt gtt : store.gtts()) {
            Optional<Firing> firing = firstFiring(gtt, fromTick, toTick, stride);
            if (firing.isPresent()) {
                firings.add(firing.get());
            } else if (toTick > lastLiveTick(gtt)) {
                store.deleteGtt(gtt.triggerId());
            }
        }
        firings.sort(Comparator.comparingLong(Firing::tick).thenComparing(firing -> firing.gtt().triggerId()));
        for (Firing firing : firings) {
            store.deleteGtt(firing.gtt().triggerId());
            Instant at = market.instantOf(firing.tick());
            Instant placedAt = at.isBefore(firing.gtt().updatedAt()) ? firing.gtt().updatedAt() : at;
            placer.place(firing.trigger().order(), placedAt, firing.gtt().triggerId());
        }
    }

    private Optional<Firing> firstFiring(SandboxGtt gtt, long fromTick, long toTick, long stride) {
        Optional<SandboxInstrument> instrument = market.findHeld(gtt.request().exchange(), gtt.request().symbol(),
                SandboxMarket.tradingDay(gtt.updatedAt()));
        long start = Math.max(fromTick, market.tick(gtt.updatedAt()));
        long end = Math.min(toTick, lastLiveTick(gtt));
        if (instrument.isEmpty()) {
            return Optional.empty();
        }
        return FillEngine.firstTick(start, end, stride, tick -> gtt.firedBy(market.ltp(instrument.get(), tick))
                .map(trigger -> new Firing(tick, gtt, trigger)));
    }

    /** The last tick that starts before the GTT's expiry: it is checked up to there and no further. */
    private long lastLiveTick(SandboxGtt gtt) {
        return market.tick(gtt.expiresAt().minusNanos(1));
    }
}
