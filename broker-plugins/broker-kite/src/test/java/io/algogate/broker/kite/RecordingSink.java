package io.algogate.broker.kite;

import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentSink;
import java.util.ArrayList;
import java.util.List;

/** A host's sink that remembers what it was given, to check what reached it and whether it was completed. */
final class RecordingSink implements InstrumentSink {

    final List<Instrument> accepted = new ArrayList<>();
    int doneCalls;

    @Override
    public void accept(Instrument instrument) {
        accepted.add(instrument);
    }

    @Override
    public void done() {
        doneCalls++;
    }
}
