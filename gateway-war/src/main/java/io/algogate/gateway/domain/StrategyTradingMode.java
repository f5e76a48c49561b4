package io.algogate.gateway.domain;

/**
 * Which side a webhook strategy trades, as OpenAlgo's {@code trading_mode}: LONG enters with BUY and
 * exits with SELL, SHORT enters with SELL and exits with BUY, BOTH follows the signal's
 * {@code position_size}. Not {@link TradingMode}, which is live against analyze.
 */
public enum StrategyTradingMode {
    LONG,
    SHORT,
    BOTH
}
