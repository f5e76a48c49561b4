package io.algogate.broker.sandbox;

import io.algogate.broker.spi.InstrumentType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The default feed: each underlying follows a seeded random walk (in log price) around its reference
 * price, and futures and options are priced from their underlying, so a chain stays consistent.
 *
 * <p>Why not step a random number generator: the price at tick {@code t} would then cost {@code t}
 * steps. The walk is built instead as a Brownian bridge between anchors {@value #SPAN} ticks apart
 * (about 12 days of seconds): each anchor is drawn around the reference (so prices never drift far),
 * and each midpoint of a dyadic interval is the mean of its ends plus a normal draw of the right
 * variance, the draw a hash of (seed, underlying, midpoint). Evaluating a tick walks down 20 levels:
 * constant cost, the same answer every time, on every restart.
 *
 * <p>Options are priced with Bachelier's formula at a fixed 15% annual volatility to the expiry's
 * 15:30 IST close, futures at a small fixed premium to the index; all rounded to the tick size.
 */
final class RandomWalkFeed implements PriceFeed {

    private static final int LEVELS = 20;
    private static final long SPAN = 1L << LEVELS;
    private static final double OPTION_VOLATILITY = 0.15;
    private static final double FUTURES_PREMIUM = 1.0005;
    private static final double SECONDS_A_YEAR = 365.0 * 24 * 3600;
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final LocalTime CLOSE = LocalTime.of(15, 30);

    private final long seed;
    private final long tickSeconds;
    private final double sigmaPerTick;

    RandomWalkFeed(long seed, long tickSeconds, double dailyVolatility) {
        this.seed = seed;
        this.tickSeconds = tickSeconds;
        // A trading day is 22,500 seconds; the walk's variance grows linearly with ticks.
        this.sigmaPerTick = dailyVolatility / Math.sqrt(22_500.0 / tickSeconds);
    }

    @Override
    public BigDecimal ltp(SandboxInstrument instrument, long tick) {
        double underlying = instrument.referencePrice().doubleValue() * Math.exp(walk(instrument.underlying(), tick));
        double price = switch (instrument.type()) {
            case FUT -> underlying * FUTURES_PREMIUM;
            case CE, PE -> option(instrument, underlying, tick);
            default -> underlying;
        };
        return Money.toTick(price, instrument.tickSize());
    }

    /** The log-price offset of the underlying at the tick. */
    double walk(String underlying, long tick) {
        long key = mix(seed ^ underlying.hashCode() * 0x9E3779B97F4A7C15L);
        long segment = Math.floorDiv(tick, SPAN);
        long lo = segment * SPAN;
        long hi = lo + SPAN;
        double atLo = anchor(key, segment);
        double atHi = anchor(key, segment + 1);
        while (tick != lo) {
            long mid = lo + (hi - lo) / 2;
            double atMid = (atLo + atHi) / 2 + normal(key, mid) * sigmaPerTick * Math.sqrt((hi - lo) / 4.0);
            if (tick < mid) {
                hi = mid;
                atHi = atMid;
            } else {
                lo = mid;
                atLo = atMid;
            }
        }
        return atLo;
    }

    private double anchor(long key, long segment) {
        // Anchors are independent around zero: the walk reverts to the reference every ~12 days.
        return normal(key ^ 0x5DEECE66DL, -segment - 1) * sigmaPerTick * Math.sqrt(SPAN) / 2;
    }

    private double option(SandboxInstrument option, double underlying, long tick) {
        double strike = option.strike().doubleValue();
        Instant now = Instant.ofEpochSecond(tick * tickSeconds);
        Instant expiry = option.expiry().atTime(CLOSE).atZone(IST).toInstant();
        double years = Math.max(0, expiry.getEpochSecond() - now.getEpochSecond()) / SECONDS_A_YEAR;
        double spread = underlying * OPTION_VOLATILITY * Math.sqrt(years);
        double moneyness = option.type() == InstrumentType.CE ? underlying - strike : strike - underlying;
        if (spread <= 0) {
            return Math.max(moneyness, 0);
        }
        double d = moneyness / spread;
        return moneyness * cdf(d) + spread * Math.exp(-d * d / 2) / Math.sqrt(2 * Math.PI);
    }

    /** A standard normal draw that depends only on the two numbers (Box-Muller on two hashes). */
    private static double normal(long key, long index) {
        long h1 = mix(key + index * 0xBF58476D1CE4E5B9L);
        long h2 = mix(h1 ^ 0x94D049BB133111EBL);
        double u1 = ((h1 >>> 11) + 1) * 0x1.0p-53;
        double u2 = (h2 >>> 11) * 0x1.0p-53;
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** SplitMix64's finaliser: a good 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The standard normal distribution function (Abramowitz-Stegun 26.2.17, error below 1e-7). */
    private static double cdf(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978
                + t * 1.330274429))));
        double tail = Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI) * poly;
        return x >= 0 ? 1 - tail : tail;
    }
}
