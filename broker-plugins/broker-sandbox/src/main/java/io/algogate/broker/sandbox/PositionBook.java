package io.algogate.broker.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Position netting, as pure arithmetic: one fill applied to one position. The four cases: open or
 * add (weighted average price, margin blocked for the added quantity), reduce (P&amp;L realised on the
 * closed quantity at the average, margin released in proportion), close (all margin released) and
 * reverse (close, then open the rest at the fill price).
 */
final class PositionBook {

    /**
     * A fill's effect: the new position, and the money to move in the funds ledger.
     *
     * @param realised margin-independent P&amp;L realised by this fill
     * @param released margin the closed quantity no longer needs
     * @param blocked  margin the newly opened quantity needs
     */
    record Netting(SandboxPosition position, BigDecimal realised, BigDecimal released, BigDecimal blocked) {
    }

    private PositionBook() {
    }

    /**
     * Applies a fill of {@code signedQuantity} (positive buy, negative sell) at {@code price}; the
     * margin of newly opened quantity is value / {@code leverage}.
     */
    static Netting apply(SandboxPosition before, BigDecimal signedQuantity, BigDecimal price, BigDecimal leverage,
            LocalDate day) {
        BigDecimal net = before.quantity();
        if (net.signum() == 0 || net.signum() == signedQuantity.signum()) {
            return add(before, signedQuantity, price, leverage, day, Money.ZERO);
        }
        BigDecimal closing = signedQuantity.abs().min(net.abs());
        BigDecimal realised = Money.money(price.subtract(before.averagePrice()).multiply(closing)
                .multiply(BigDecimal.valueOf(net.signum())));
        BigDecimal remainingNet = net.add(closing.multiply(BigDecimal.valueOf(signedQuantity.signum())));
        // The last of the quantity releases whatever is left, so rounding never strands margin.
        BigDecimal released = remainingNet.signum() == 0 ? before.blockedMargin()
                : before.blockedMargin().multiply(closing).divide(net.abs(), 2, RoundingMode.HALF_UP);
        SandboxPosition reduced = new SandboxPosition(before.exchange(), before.symbol(), before.product(),
                remainingNet, before.averagePrice(), before.realisedPnl().add(realised),
                before.blockedMargin().subtract(released), before.openedOn());
        BigDecimal opening = signedQuantity.abs().subtract(closing);
        if (opening.signum() == 0) {
            return new Netting(reduced, realised, released, Money.ZERO);
        }
        Netting reversed = add(reduced, opening.multiply(BigDecimal.valueOf(signedQuantity.signum())), price,
                leverage, day, realised);
        return new Netting(reversed.position(), realised, released, reversed.blocked());
    }

    private static Netting add(SandboxPosition before, BigDecimal signedQuantity, BigDecimal price,
            BigDecimal leverage, LocalDate day, BigDecimal realised) {
        BigDecimal net = before.quantity();
        BigDecimal after = net.add(signedQuantity);
        BigDecimal average = Money.price(before.averagePrice().multiply(net.abs())
                .add(price.multiply(signedQuantity.abs())).divide(after.abs(), 8, RoundingMode.HALF_UP));
        BigDecimal blocked = Money.margin(signedQuantity.abs(), price, leverage);
        LocalDate opened = net.signum() == 0 ? day : before.openedOn();
        return new Netting(new SandboxPosition(before.exchange(), before.symbol(), before.product(), after, average,
                before.realisedPnl(), before.blockedMargin().add(blocked), opened), realised, Money.ZERO, blocked);
    }
}
