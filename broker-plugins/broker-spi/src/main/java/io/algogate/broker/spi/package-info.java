/**
 * The broker plugin contract. Third parties compile against this package only; it depends on
 * nothing but the JDK, and its interfaces grow only by {@code default} methods.
 */
package io.algogate.broker.spi;
