package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Funds;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The account's money: every event moves amounts between its buckets so that
 * {@code startingCapital + realisedPnl == available + usedMargin} holds after each one (OpenAlgo's
 * sandbox: available = capital - used margin + realised P&amp;L; see {@link #invariantHolds()}).
 *
 * <p>Mapped to the SPI's {@link Funds} (OpenAlgo's funds fields): {@code availablecash} = available,
 * {@code collateral} = 0 (the sandbox pledges nothing), {@code m2mrealized} = realised P&amp;L,
 * {@code m2munrealized} = open positions marked to the feed's last price, {@code utiliseddebits} = used
 * margin.
 */
record FundsLedger(BigDecimal startingCapital, BigDecimal available, BigDecimal usedMargin, BigDecimal realisedPnl) {

    FundsLedger {
        Objects.requireNonNull(startingCapital, "startingCapital");
        Objects.requireNonNull(available, "available");
        Objects.requireNonNull(usedMargin, "usedMargin");
        Objects.requireNonNull(realisedPnl, "realisedPnl");
    }

    static FundsLedger opening(BigDecimal capital) {
        BigDecimal money = Money.money(capital);
        return new FundsLedger(money, money, Money.ZERO, Money.ZERO);
    }

    /** Moves margin from available to used. */
    FundsLedger block(BigDecimal margin) {
        return new FundsLedger(startingCapital, available.subtract(margin), usedMargin.add(margin), realisedPnl);
    }

    /** Moves margin from used back to available. */
    FundsLedger release(BigDecimal margin) {
        return block(margin.negate());
    }

    /** Credits (or debits) realised P&amp;L to the available cash. */
    FundsLedger realise(BigDecimal pnl) {
        return new FundsLedger(startingCapital, available.add(pnl), usedMargin, realisedPnl.add(pnl));
    }

    boolean invariantHolds() {
        return startingCapital.add(realisedPnl).compareTo(available.add(usedMargin)) == 0;
    }

    Funds toSpi(BigDecimal unrealisedPnl) {
        return new Funds(available, Money.ZERO, realisedPnl, Money.money(unrealisedPnl), usedMargin);
    }
}
