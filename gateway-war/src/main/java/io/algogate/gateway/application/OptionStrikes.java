package io.algogate.gateway.application;

import io.algogate.security.filters.AsciiCase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strike selection for OpenAlgo's options orders: the strike step is the given {@code strike_int} or
 * else the smallest gap between listed strikes; the ATM strike is the strike of that grid nearest the
 * underlying's LTP (the lower one on a tie); ITMn and OTMn move n steps from ATM. A call is in the money
 * below the underlying, so CE ITM means lower strikes and CE OTM higher ones; a put the other way.
 */
public final class OptionStrikes {

    /** {@code ATM}, {@code ITM1}..{@code ITM50}, {@code OTM1}..{@code OTM50}. */
    public static final Pattern OFFSET = Pattern.compile("ATM|(ITM|OTM)([1-9]|[1-4][0-9]|50)");

    /** Call or put. */
    public enum OptionType { CE, PE }

    private OptionStrikes() {
    }

    /** The number of strike steps from ATM, signed upwards in strike, for a valid offset. */
    public static int stepsFromAtm(String offset, OptionType type) {
        Matcher m = OFFSET.matcher(AsciiCase.upper(offset));
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid offset " + offset);
        }
        if (m.group(1) == null) {
            return 0;
        }
        int n = Integer.parseInt(m.group(2));
        boolean inTheMoney = m.group(1).equals("ITM");
        // CE: ITM below the underlying; PE: ITM above it.
        boolean up = (type == OptionType.CE) != inTheMoney;
        return up ? n : -n;
    }

    /** The listed strike nearest the LTP; the lower one when two are as near. */
    public static Optional<BigDecimal> atm(BigDecimal ltp, List<BigDecimal> strikes) {
        BigDecimal best = null;
        for (BigDecimal strike : strikes) {
            if (best == null) {
                best = strike;
                continue;
            }
            int closer = strike.subtract(ltp).abs().compareTo(best.subtract(ltp).abs());
            if (closer < 0 || closer == 0 && strike.compareTo(best) < 0) {
                best = strike;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The smallest positive gap between strikes of an ascending list; empty with fewer than two. */
    public static Optional<BigDecimal> step(List<BigDecimal> ascending) {
        BigDecimal step = null;
        for (int i = 1; i < ascending.size(); i++) {
            BigDecimal gap = ascending.get(i).subtract(ascending.get(i - 1));
            if (gap.signum() > 0 && (step == null || gap.compareTo(step) < 0)) {
                step = gap;
            }
        }
        return Optional.ofNullable(step);
    }

    /**
     * The strike an offset selects. ATM is the LTP rounded to the nearest strike of the grid (the lower
     * on a tie): with a step given, multiples of it (as OpenAlgo does with {@code strike_int});
     * otherwise the chain's own grid from its lowest strike in steps of {@link #step}, so an LTP beyond
     * the listed strikes still gives its true ATM (which the caller then finds unlisted) rather than the
     * chain's edge. A chain of one strike has no step: that strike is ATM. The result need not be
     * listed; the caller checks the symbol against the master.
     */
    public static Optional<BigDecimal> select(BigDecimal ltp, List<BigDecimal> ascending, BigDecimal givenStep,
            String offset, OptionType type) {
        int steps = stepsFromAtm(offset, type);
        Optional<BigDecimal> step = givenStep != null ? Optional.of(givenStep) : step(ascending);
        if (step.isEmpty()) {
            return steps == 0 ? atm(ltp, ascending) : Optional.empty();
        }
        BigDecimal origin = givenStep != null || ascending.isEmpty() ? BigDecimal.ZERO : ascending.get(0);
        BigDecimal atm = ltp.subtract(origin).divide(step.get(), 0, RoundingMode.HALF_DOWN).multiply(step.get())
                .add(origin);
        return Optional.of(atm.add(step.get().multiply(BigDecimal.valueOf(steps))));
    }

    /** A strike as OpenAlgo's symbols write it: {@code 24000}, {@code 292.5}. */
    public static String strikeText(BigDecimal strike) {
        BigDecimal plain = strike.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
}
