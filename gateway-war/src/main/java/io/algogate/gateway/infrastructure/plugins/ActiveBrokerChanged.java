package io.algogate.gateway.infrastructure.plugins;

/**
 * A CDI event: another broker became the active one and the previous adapter is closed, with every
 * stream it pushed. Observers holding the old adapter's subscriptions (the streaming fan-out) let go.
 */
public record ActiveBrokerChanged(String brokerId) {
}
