/**
 * The sandbox broker plugin: paper trading with no broker account, as OpenAlgo's sandbox. Entry point
 * {@link io.algogate.broker.sandbox.SandboxBrokerPlugin} (configuration keys in its Javadoc); the
 * adapter {@link io.algogate.broker.sandbox.SandboxBroker} over the
 * {@link io.algogate.broker.sandbox.FillEngine}, which catches the market up lazily on every call.
 */
package io.algogate.broker.sandbox;
