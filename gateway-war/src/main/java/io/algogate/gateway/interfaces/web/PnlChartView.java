package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.application.MarketCalendar;
import io.algogate.gateway.application.PnlSample;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The dashboard's intraday P&amp;L chart: the day's samples over the equity session (09:15 to 15:30
 * IST, widened when samples fall outside it, MCX's evening say), with the labels the view prints.
 */
public class PnlChartView {

    static final LocalTime SESSION_OPEN = LocalTime.of(9, 15);
    static final LocalTime SESSION_CLOSE = LocalTime.of(15, 30);
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(MarketCalendar.IST);

    private final SvgLineChart chart;
    private final List<PnlSample> samples;

    public PnlChartView(List<PnlSample> samples, LocalDate day) {
        this.samples = List.copyOf(samples);
        long open = day.atTime(SESSION_OPEN).atZone(MarketCalendar.IST).toEpochSecond();
        long close = day.atTime(SESSION_CLOSE).atZone(MarketCalendar.IST).toEpochSecond();
        this.chart = SvgLineChart.of(samples.stream()
                .map(s -> new SvgLineChart.Point(s.at().getEpochSecond(), s.total().doubleValue())).toList(), open, close);
    }

    public SvgLineChart getChart() {
        return chart;
    }

    public int getSampleCount() {
        return samples.size();
    }

    public String getTopLabel() {
        return Amounts.signed(BigDecimal.valueOf(chart.getTopValue()));
    }

    public String getBottomLabel() {
        return Amounts.signed(BigDecimal.valueOf(chart.getBottomValue()));
    }

    public String getStartLabel() {
        return HOUR_MINUTE.format(Instant.ofEpochSecond(chart.getFirstX()));
    }

    public String getEndLabel() {
        return HOUR_MINUTE.format(Instant.ofEpochSecond(chart.getLastXValue()));
    }

    /** The latest total, signed; empty without samples. */
    public String getLatest() {
        return samples.isEmpty() ? "" : Amounts.signed(samples.get(samples.size() - 1).total());
    }

    public String getLatestTone() {
        return samples.isEmpty() ? "" : Amounts.tone(samples.get(samples.size() - 1).total());
    }

    /** A text summary for screen readers and for anyone who would rather read than look. */
    public String getDescription() {
        if (samples.isEmpty()) {
            return "No P&L samples yet today.";
        }
        return "Total P&L today, " + samples.size() + " samples from " + HOUR_MINUTE.format(samples.get(0).at())
                + " to " + HOUR_MINUTE.format(samples.get(samples.size() - 1).at()) + ", latest " + getLatest() + ".";
    }
}
