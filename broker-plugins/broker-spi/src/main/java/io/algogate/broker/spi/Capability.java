package io.algogate.broker.spi;

/**
 * The broad feature groups a plugin declares through {@link BrokerPlugin#capabilities()}, so the
 * dashboard and the API can tell what a broker offers before any adapter is created. The adapter's
 * small interfaces ({@link OrderEntry}, {@link QuoteSource}, ...) are what the host actually calls.
 */
public enum Capability {
    /** Placing orders ({@link OrderEntry}) and the order book ({@link OrderBookSource}). */
    ORDERS,
    /** Modify, cancel, cancel all ({@link OrderManagement}) and close positions ({@link PositionCloser}). */
    ORDER_MANAGEMENT,
    /** Trade, position and holdings books and funds. */
    BOOKS,
    /** Quotes and market depth. */
    MARKET_DATA,
    /** Historical candles and the intervals the broker offers. */
    HISTORY,
    /** The instrument master ({@link InstrumentSource}). */
    INSTRUMENTS,
    /** Margin calculation ({@link MarginCalculator}). */
    MARGIN,
    /** Good-till-triggered orders ({@link GttOrders}). */
    GTT,
    /** Pushed ticks and order updates ({@link MarketStream}, {@link OrderUpdateStream}). */
    STREAMING,
    /** A broker login flow ({@link BrokerLogin}); brokers without one need no session. */
    LOGIN
}
