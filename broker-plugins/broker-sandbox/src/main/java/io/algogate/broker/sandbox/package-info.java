/** The sandbox broker plugin: paper trading with no broker account. */
package io.algogate.broker.sandbox;
