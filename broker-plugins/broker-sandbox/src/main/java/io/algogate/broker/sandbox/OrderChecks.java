package io.algogate.broker.sandbox;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * The sandbox's acceptance rules, OpenAlgo's sandbox's (margin is checked separately): a listed,
 * tradable symbol; a whole quantity, a multiple of the lot for derivatives; the prices its price
 * type needs; CNC only for equities, and a CNC sell only against a long CNC position; no MIS orders
 * from the square-off time to midnight.
 */
final class OrderChecks {

    private OrderChecks() {
    }

    /** Why the order is refused, or empty when it may go on to the margin check. */
    static Optional<String> refusal(OrderRequest request, Optional<SandboxInstrument> found, FillEngine engine,
            SandboxOrderStore store, Instant now) {
        String name = request.exchange() + ":" + request.symbol();
        if (found.isEmpty()) {
            return Optional.of("Unknown symbol " + name + ": the sandbox lists only its built-in instruments");
        }
        SandboxInstrument instrument = found.get();
        if (!instrument.tradable()) {
            return Optional.of(name + " is an index and cannot be traded");
        }
        BigDecimal quantity = request.quantity();
        if (quantity.stripTrailingZeros().scale() > 0) {
            return Optional.of("The quantity " + quantity.toPlainString() + " of " + name + " must be whole");
        }
        if (quantity.remainder(instrument.lotSize()).signum() != 0) {
            return Optional.of("The quantity " + quantity.toPlainString() + " of " + name
                    + " must be a multiple of its lot size " + instrument.lotSize().toPlainString());
        }
        PriceType type = request.priceType();
        if ((type == PriceType.LIMIT || type == PriceType.STOP_LOSS) && request.price().signum() <= 0) {
            return Optional.of("A " + type.wireName() + " order needs a price");
        }
        if ((type == PriceType.STOP_LOSS || type == PriceType.STOP_LOSS_MARKET)
                && request.triggerPrice().signum() <= 0) {
            return Optional.of("A " + type.wireName() + " order needs a trigger price");
        }
        if (request.product() == Product.CNC && instrument.derivative()) {
            return Optional.of("CNC is for equity delivery; " + name + " takes NRML or MIS");
        }
        if (request.product() == Product.CNC && request.action() == Action.SELL) {
            BigDecimal held = store.position(request.exchange(), request.symbol(), Product.CNC)
                    .map(SandboxPosition::quantity).orElse(BigDecimal.ZERO);
            if (held.compareTo(quantity) < 0) {
                return Optional.of("Cannot sell " + quantity.toPlainString() + " " + name + " as CNC: only "
                        + held.max(BigDecimal.ZERO).toPlainString() + " held in positions or holdings");
            }
        }
        if (request.product() == Product.MIS && engine.pastSquareOff(request.exchange(), now)) {
            return Optional.of("MIS orders on " + request.exchange() + " are not accepted after the square-off time");
        }
        return Optional.empty();
    }
}
