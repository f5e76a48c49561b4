package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.Holding;
import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentType;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.Product;
import io.algogate.gateway.application.PnlSample;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The positions, holdings, search and P&L chart view models. */
class PortfolioViewsTest {

    private static Position position(String symbol, String quantity, String pnl) {
        return new Position("NSE", symbol, Product.MIS, new BigDecimal(quantity), new BigDecimal("100"),
                new BigDecimal("101"), new BigDecimal(pnl));
    }

    @Test
    void positionRowsSaySideAndSignNotOnlyColour() {
        PositionsView view = new PositionsView(List.of(position("SBIN", "5", "12.5"), position("ITC", "-2", "-4"),
                position("TCS", "0", "0")), "", "");
        List<PositionRow> rows = view.getRows();
        assertEquals("long", rows.get(0).getSide());
        assertEquals("+12.50", rows.get(0).getPnl());
        assertEquals("good", rows.get(0).getPnlTone());
        assertEquals("short", rows.get(1).getSide());
        assertEquals("-4.00", rows.get(1).getPnl());
        assertEquals("bad", rows.get(1).getPnlTone());
        assertFalse(rows.get(2).isOpen(), "a flat position has nothing to close");
        assertTrue(view.isAnyOpen());
        assertEquals("+8.50", view.getTotalPnl());
        assertFalse(new PositionsView(List.of(position("TCS", "0", "3")), "", "").isAnyOpen());
    }

    @Test
    void holdingsTotalsAreOpenAlgosPortfolioStatistics() {
        HoldingsView view = new HoldingsView(List.of(
                new Holding("NSE", "SBIN", Product.CNC, new BigDecimal("10"), new BigDecimal("800"), new BigDecimal("820"),
                        new BigDecimal("200"), new BigDecimal("2.5")),
                new Holding("NSE", "ITC", Product.CNC, new BigDecimal("4"), new BigDecimal("400"), new BigDecimal("350"),
                        new BigDecimal("-200"), new BigDecimal("-12.5"))), "");
        assertEquals("9,600.00", view.getHoldingValue());
        assertEquals("9,600.00", view.getInvestment());
        assertEquals("0.00", view.getPnl());
        assertEquals("0.00%", view.getPnlPercent());
        assertEquals("+2.50%", view.getRows().get(0).getPnlPercent());
        assertEquals("bad", view.getRows().get(1).getPnlTone());
    }

    @Test
    void ticketLinksEncodeTheSymbol() {
        SearchRow row = new SearchRow(new Instrument("M&M", "M&M", "NSE", "NSE", "1", "Mahindra & Mahindra", null,
                BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("0.05"), InstrumentType.EQ));
        assertEquals("symbol=M%26M&exchange=NSE&action=BUY", row.getBuyQuery());
        assertEquals("symbol=M%26M&exchange=NSE&action=SELL", row.getSellQuery());
        assertEquals("", row.getExpiry());
        SearchRow odd = new SearchRow(new Instrument("A B+C=", "x", "NSE", "NSE", "1", "n", LocalDate.of(2026, 12, 31),
                BigDecimal.ZERO, new BigDecimal("75.0"), new BigDecimal("0.05"), InstrumentType.FUT));
        assertEquals("symbol=A+B%2BC%3D&exchange=NSE&action=BUY", odd.getBuyQuery());
        assertEquals("31-DEC-26", odd.getExpiry());
        assertEquals("75", odd.getLotSize());
    }

    @Test
    void theChartSpansTheSessionAndDescribesItself() {
        LocalDate day = LocalDate.of(2026, 12, 4);
        PnlChartView empty = new PnlChartView(List.of(), day);
        assertFalse(empty.getChart().isPlotted());
        assertEquals("09:15", empty.getStartLabel());
        assertEquals("15:30", empty.getEndLabel());
        assertEquals("", empty.getLatest());
        assertEquals("No P&L samples yet today.", empty.getDescription());

        PnlChartView chart = new PnlChartView(List.of(new PnlSample(Instant.parse("2026-12-04T04:30:00Z"), new BigDecimal("-50")),
                new PnlSample(Instant.parse("2026-12-04T04:31:00Z"), new BigDecimal("150"))), day);
        assertFalse(chart.getChart().getPath().isEmpty());
        assertEquals("+150.00", chart.getLatest());
        assertEquals("good", chart.getLatestTone());
        assertEquals("+150.00", chart.getTopLabel());
        assertEquals("-50.00", chart.getBottomLabel());
        assertEquals("Total P&L today, 2 samples from 10:00 to 10:01, latest +150.00.", chart.getDescription());
    }
}
