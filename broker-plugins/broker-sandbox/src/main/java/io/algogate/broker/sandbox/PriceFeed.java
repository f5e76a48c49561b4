package io.algogate.broker.sandbox;

import java.math.BigDecimal;

/**
 * The sandbox's market: the last traded price of an instrument at a tick (the tick index is the
 * instant's epoch second divided by the tick length). A pure function, so the engine can evaluate any
 * past tick when it catches up, and a restart sees the same prices. Tests plug in their own.
 */
interface PriceFeed {

    /** The last traded price, a positive multiple of the instrument's tick size. */
    BigDecimal ltp(SandboxInstrument instrument, long tick);

    /** The best bid: one tick below the last price, never below one tick. */
    default BigDecimal bid(SandboxInstrument instrument, long tick) {
        return bidBelow(instrument, ltp(instrument, tick));
    }

    /** The best ask: one tick above the last price. */
    default BigDecimal ask(SandboxInstrument instrument, long tick) {
        return askAbove(instrument, ltp(instrument, tick));
    }

    static BigDecimal bidBelow(SandboxInstrument instrument, BigDecimal ltp) {
        BigDecimal bid = ltp.subtract(instrument.tickSize());
        return bid.signum() > 0 ? bid : instrument.tickSize();
    }

    static BigDecimal askAbove(SandboxInstrument instrument, BigDecimal ltp) {
        return ltp.add(instrument.tickSize());
    }
}
