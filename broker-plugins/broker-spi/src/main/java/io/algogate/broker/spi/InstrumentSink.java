package io.algogate.broker.spi;

/**
 * Provided by the host: receives an instrument master as {@link InstrumentSource} streams it. The
 * host replaces its stored master only at {@link #done()}, so a download that breaks off is discarded.
 */
public interface InstrumentSink {

    /** Takes one instrument. */
    void accept(Instrument instrument);

    /** Marks the master complete. */
    void done();
}
