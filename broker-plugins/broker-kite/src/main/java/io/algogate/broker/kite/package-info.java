/**
 * A broker plugin for Zerodha's Kite Connect v3 REST API: the login redirect and token exchange,
 * regular orders, the order, trade, position and holdings books, funds, quotes, market depth,
 * historical candles and the instrument master, with Kite's errors mapped to
 * {@link io.algogate.broker.spi.BrokerException} reasons.
 */
package io.algogate.broker.kite;
