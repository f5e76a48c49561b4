package io.algogate.gateway.application;

import io.algogate.gateway.domain.IntradayWindow;
import io.algogate.gateway.domain.StrategyTradingMode;
import io.algogate.gateway.domain.SymbolMapping;
import java.util.List;
import java.util.Objects;

/**
 * Everything an admin sets on a webhook strategy, already validated.
 *
 * @param intradayWindow null for a positional strategy
 */
public record StrategyDefinition(String name, StrategyTradingMode tradingMode, IntradayWindow intradayWindow,
        boolean active, List<SymbolMapping> symbolMappings) {

    public StrategyDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tradingMode, "tradingMode");
        symbolMappings = List.copyOf(symbolMappings);
    }
}
