package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The line chart's geometry: scaling into the plot, the zero line, and the empty and one-point cases. */
class SvgLineChartTest {

    private static final double LEFT = SvgLineChart.LEFT;
    private static final double RIGHT = SvgLineChart.RIGHT;
    private static final double TOP = SvgLineChart.TOP;
    private static final double BOTTOM = SvgLineChart.BOTTOM;

    @Test
    void pointsAreScaledIntoThePlotWithTheRangeTakingInZero() {
        SvgLineChart chart = SvgLineChart.of(List.of(new SvgLineChart.Point(0, 100), new SvgLineChart.Point(50, -100),
                new SvgLineChart.Point(100, 0)), 0, 100);

        assertEquals(LEFT, chart.xOf(0), 1e-9);
        assertEquals(RIGHT, chart.xOf(100), 1e-9);
        assertEquals((LEFT + RIGHT) / 2, chart.xOf(50), 1e-9);
        assertEquals(TOP, chart.yOf(100), 1e-9, "the highest value at the top");
        assertEquals(BOTTOM, chart.yOf(-100), 1e-9, "the lowest at the bottom");
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", (TOP + BOTTOM) / 2), chart.getZeroY());
        assertEquals("M72.0,12.0 L350.0,176.0 L628.0,94.0", chart.getPath());
        assertEquals(100, chart.getTopValue());
        assertEquals(-100, chart.getBottomValue());
    }

    @Test
    void anAllPositiveSeriesStillShowsZeroAtTheBottom() {
        SvgLineChart chart = SvgLineChart.of(List.of(new SvgLineChart.Point(10, 5), new SvgLineChart.Point(20, 20)), 0, 100);

        assertEquals(0, chart.getBottomValue());
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", BOTTOM), chart.getZeroY());
        assertEquals(TOP, chart.yOf(20), 1e-9);
    }

    @Test
    void pointsOutsideTheGivenSpanWidenIt() {
        SvgLineChart chart = SvgLineChart.of(List.of(new SvgLineChart.Point(-50, 1), new SvgLineChart.Point(150, 2)), 0, 100);

        assertEquals(-50, chart.getFirstX());
        assertEquals(150, chart.getLastXValue());
        assertEquals(LEFT, chart.xOf(-50), 1e-9);
        assertEquals(RIGHT, chart.xOf(150), 1e-9);
    }

    @Test
    void anEmptySeriesDrawsNoLine() {
        SvgLineChart chart = SvgLineChart.of(List.of(), 0, 100);

        assertFalse(chart.isPlotted());
        assertEquals("", chart.getPath());
        assertEquals("", chart.getLastX());
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", (TOP + BOTTOM) / 2), chart.getZeroY(),
                "an all-zero range is centred on zero");
    }

    @Test
    void oneSampleIsAMarkNotALine() {
        SvgLineChart chart = SvgLineChart.of(List.of(new SvgLineChart.Point(40, -30)), 40, 40);

        assertTrue(chart.isPlotted());
        assertEquals("", chart.getPath(), "a line needs two points");
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", (LEFT + RIGHT) / 2), chart.getLastX(),
                "a span of one instant puts it in the middle");
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", BOTTOM), chart.getLastY(), "a loss, at the bottom");
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", TOP), chart.getZeroY(), "zero at the top");
    }
}
