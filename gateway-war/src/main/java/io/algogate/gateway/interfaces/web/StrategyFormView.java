package io.algogate.gateway.interfaces.web;

import io.algogate.gateway.domain.IntradayWindow;
import io.algogate.gateway.domain.Strategy;
import io.algogate.gateway.interfaces.admin.StrategyDefinitionSchema;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The values of a strategy's definition form: the defaults for a new one (the admin API's: LONG,
 * intraday 09:15-15:00 with square-off 15:15, active), a stored strategy's, or what was typed when it
 * was refused.
 */
public class StrategyFormView {

    private final String name;
    private final String tradingMode;
    private final boolean intraday;
    private final String startTime;
    private final String endTime;
    private final String squareoffTime;
    private final boolean active;

    StrategyFormView(String name, String tradingMode, boolean intraday, String startTime, String endTime,
            String squareoffTime, boolean active) {
        this.name = name;
        this.tradingMode = tradingMode;
        this.intraday = intraday;
        this.startTime = startTime;
        this.endTime = endTime;
        this.squareoffTime = squareoffTime;
        this.active = active;
    }

    static StrategyFormView defaults() {
        return new StrategyFormView("", StrategyDefinitionSchema.MODES.get(0), true, StrategyDefinitionSchema.DEFAULT_START.toString(), StrategyDefinitionSchema.DEFAULT_END.toString(),
                StrategyDefinitionSchema.DEFAULT_SQUARE_OFF.toString(), true);
    }

    static StrategyFormView of(Strategy strategy) {
        IntradayWindow window = strategy.intradayWindow()
                .orElse(new IntradayWindow(StrategyDefinitionSchema.DEFAULT_START, StrategyDefinitionSchema.DEFAULT_END, StrategyDefinitionSchema.DEFAULT_SQUARE_OFF));
        return new StrategyFormView(strategy.getName(), strategy.getTradingMode().name(), strategy.isIntraday(),
                window.start().toString(), window.end().toString(), window.squareOff().toString(), strategy.isActive());
    }

    static StrategyFormView typed(MultivaluedMap<String, String> form) {
        return new StrategyFormView(text(form, StrategyForm.NAME), text(form, StrategyForm.MODE),
                form.containsKey(StrategyForm.INTRADAY), text(form, "start_time"), text(form, "end_time"),
                text(form, "squareoff_time"), form.containsKey(StrategyForm.ACTIVE));
    }

    private static String text(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null ? "" : value;
    }

    public String getName() {
        return name;
    }

    public String getTradingMode() {
        return tradingMode;
    }

    public boolean isIntraday() {
        return intraday;
    }

    public String getStartTime() {
        return startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public String getSquareoffTime() {
        return squareoffTime;
    }

    public boolean isActive() {
        return active;
    }
}
