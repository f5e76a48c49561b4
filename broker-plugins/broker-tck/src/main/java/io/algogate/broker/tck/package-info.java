/**
 * The broker plugin test kit: a JUnit 5 suite a plugin's own tests extend
 * ({@link io.algogate.broker.tck.BrokerPluginTestKit}) to check the plugin against the SPI's contract.
 */
package io.algogate.broker.tck;
