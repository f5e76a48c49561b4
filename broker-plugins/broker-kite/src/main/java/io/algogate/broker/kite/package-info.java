/**
 * A broker plugin for Zerodha's Kite Connect v3 REST API: the login redirect and token exchange,
 * regular orders, the order book and quotes, with Kite's errors mapped to
 * {@link io.algogate.broker.spi.BrokerException} reasons.
 */
package io.algogate.broker.kite;
