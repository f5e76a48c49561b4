package io.algogate.broker.spi;

/** The capability to report the account's funds (OpenAlgo's funds). */
public interface FundsSource {

    /** The current funds and margin use. */
    Funds funds() throws BrokerException;
}
