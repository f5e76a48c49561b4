package io.algogate.gateway.application;

import io.algogate.gateway.domain.GatewaySetting;
import io.algogate.gateway.domain.GatewaySettingRepository;
import io.algogate.gateway.domain.OrderLogRepository;
import io.algogate.gateway.domain.TradingMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * OpenAlgo's analyze mode, per installation: when on, orders and books go to the sandbox while the
 * live broker stays connected, and responses carry {@code "mode":"analyze"}. The switch outlives a
 * restart (in {@code gateway_settings}); it is read on every order, so it is kept in memory too.
 */
@ApplicationScoped
public class AnalyzerService {

    static final String ANALYZE_MODE_SETTING = "analyze-mode";

    @Inject
    GatewaySettingRepository settings;

    @Inject
    OrderLogRepository orderLog;

    @Inject
    Clock clock;

    private volatile Boolean analyzeMode;

    public boolean analyzeMode() {
        Boolean mode = analyzeMode;
        if (mode == null) {
            mode = settings.value(ANALYZE_MODE_SETTING).map(Boolean::parseBoolean).orElse(false);
            analyzeMode = mode;
        }
        return mode;
    }

    public synchronized void switchTo(boolean analyze) {
        settings.put(new GatewaySetting(ANALYZE_MODE_SETTING, Boolean.toString(analyze), clock.instant()));
        analyzeMode = analyze;
    }

    /** The order requests logged in analyze mode (OpenAlgo's {@code total_logs}). */
    public long analyzeLogCount() {
        return orderLog.countByMode(TradingMode.ANALYZE);
    }

    /** {@code analyze} or {@code live}, as OpenAlgo's responses name the mode. */
    public String modeName() {
        return analyzeMode() ? TradingMode.ANALYZE.wireName() : TradingMode.LIVE.wireName();
    }
}
