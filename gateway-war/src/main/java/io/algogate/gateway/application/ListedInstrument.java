package io.algogate.gateway.application;

import io.algogate.broker.spi.Instrument;
import java.util.Objects;

/** An instrument of the current master with its row id (OpenAlgo's symbol endpoint shows the id). */
public record ListedInstrument(long id, Instrument instrument) {

    public ListedInstrument {
        Objects.requireNonNull(instrument, "instrument");
    }
}
