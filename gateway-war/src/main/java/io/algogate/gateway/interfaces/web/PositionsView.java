package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Position;
import java.math.BigDecimal;
import java.util.List;

/** The position book page: the rows, their total P&amp;L, and what the last action did or why not. */
public class PositionsView {

    private final List<Position> positions;
    private final String notice;
    private final String error;

    public PositionsView(List<Position> positions, String notice, String error) {
        this.positions = List.copyOf(positions);
        this.notice = notice;
        this.error = error;
    }

    public List<PositionRow> getRows() {
        return positions.stream().map(PositionRow::new).toList();
    }

    public boolean isAnyOpen() {
        return positions.stream().anyMatch(p -> p.quantity().signum() != 0);
    }

    public String getTotalPnl() {
        return Amounts.signed(totalPnl());
    }

    public String getTotalPnlTone() {
        return Amounts.tone(totalPnl());
    }

    public String getNotice() {
        return notice;
    }

    public String getError() {
        return error;
    }

    private BigDecimal totalPnl() {
        return positions.stream().map(Position::pnl).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
