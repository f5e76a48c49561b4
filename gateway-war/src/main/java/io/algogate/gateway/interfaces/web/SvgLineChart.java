package io.algogate.gateway.interfaces.web;

import java.util.List;
import java.util.Locale;

/**
 * The geometry of a small server-rendered line chart (no script, no style attributes: the view draws
 * it with presentation attributes and CSS classes). Points are scaled into a fixed view box; the
 * vertical range always takes in zero, so the zero line is on the chart and gains and losses read at
 * a glance. A JavaBean for the views (D6).
 */
public final class SvgLineChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 200;
    static final int LEFT = 72;
    static final int RIGHT = WIDTH - 12;
    static final int TOP = 12;
    static final int BOTTOM = HEIGHT - 24;

    /** A point: {@code x} in any linear unit (the dashboard uses epoch seconds), {@code y} the value. */
    public record Point(long x, double y) {
    }

    private final List<Point> points;
    private final long xMin;
    private final long xMax;
    private final double yMin;
    private final double yMax;

    private SvgLineChart(List<Point> points, long xMin, long xMax, double yMin, double yMax) {
        this.points = points;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
    }

    /**
     * A chart of the points over at least {@code [xFrom, xTo]} (widened to take in every point), the
     * vertical range from the lowest to the highest value and zero.
     */
    public static SvgLineChart of(List<Point> points, long xFrom, long xTo) {
        long low = xFrom;
        long high = xTo;
        double bottom = 0;
        double top = 0;
        for (Point p : points) {
            low = Math.min(low, p.x());
            high = Math.max(high, p.x());
            bottom = Math.min(bottom, p.y());
            top = Math.max(top, p.y());
        }
        if (bottom == top) {
            // All zero (or nothing): a range around zero, so the zero line sits in the middle.
            bottom = -1;
            top = 1;
        }
        return new SvgLineChart(List.copyOf(points), low, high, bottom, top);
    }

    /** Whether there is anything to draw ({@code empty} is a reserved word of EL, hence the name). */
    public boolean isPlotted() {
        return !points.isEmpty();
    }

    public String getViewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** The line through the points, {@code M x,y L x,y ...}; empty with fewer than two points. */
    public String getPath() {
        if (points.size() < 2) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (Point p : points) {
            path.append(path.length() == 0 ? "M" : " L").append(coordinate(xOf(p.x()))).append(',')
                    .append(coordinate(yOf(p.y())));
        }
        return path.toString();
    }

    /** Where the value zero is, vertically. */
    public String getZeroY() {
        return coordinate(yOf(0));
    }

    /** The newest point, marked on the chart (the only mark when there is one point). */
    public String getLastX() {
        return points.isEmpty() ? "" : coordinate(xOf(points.get(points.size() - 1).x()));
    }

    public String getLastY() {
        return points.isEmpty() ? "" : coordinate(yOf(points.get(points.size() - 1).y()));
    }

    /** The value at the top of the plot (for its label). */
    public double getTopValue() {
        return yMax;
    }

    /** The value at the bottom of the plot. */
    public double getBottomValue() {
        return yMin;
    }

    public long getFirstX() {
        return xMin;
    }

    public long getLastXValue() {
        return xMax;
    }

    public int getLeft() {
        return LEFT;
    }

    public int getRight() {
        return RIGHT;
    }

    public int getTop() {
        return TOP;
    }

    public int getBottom() {
        return BOTTOM;
    }

    double xOf(long x) {
        if (xMax == xMin) {
            return (LEFT + RIGHT) / 2.0;
        }
        return LEFT + (double) (x - xMin) / (xMax - xMin) * (RIGHT - LEFT);
    }

    double yOf(double y) {
        return TOP + (yMax - y) / (yMax - yMin) * (BOTTOM - TOP);
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
