package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Position;

/** One row of the position book page (a JavaBean: JSP's EL cannot read records). */
public class PositionRow {

    private final Position position;

    public PositionRow(Position position) {
        this.position = position;
    }

    public String getExchange() {
        return position.exchange();
    }

    public String getSymbol() {
        return position.symbol();
    }

    public String getProduct() {
        return position.product().name();
    }

    public String getQuantity() {
        return Amounts.quantity(position.quantity());
    }

    /** Long, short, or flat (closed today): the word, so the side does not rest on the sign alone. */
    public String getSide() {
        return switch (position.quantity().signum()) {
            case 1 -> "long";
            case -1 -> "short";
            default -> "flat";
        };
    }

    /** Whether there is something to close. */
    public boolean isOpen() {
        return position.quantity().signum() != 0;
    }

    public String getAveragePrice() {
        return Amounts.money(position.averagePrice());
    }

    public String getLtp() {
        return Amounts.money(position.ltp());
    }

    public String getPnl() {
        return Amounts.signed(position.pnl());
    }

    public String getPnlTone() {
        return Amounts.tone(position.pnl());
    }
}
