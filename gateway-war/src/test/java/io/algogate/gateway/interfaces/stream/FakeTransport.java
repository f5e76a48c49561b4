package io.algogate.gateway.interfaces.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A socket for tests: records what was sent and closed. Sends complete at once unless the transport
 * is {@link #stalled()}, which holds each send's completion like a client that stopped reading.
 */
final class FakeTransport implements OutboundQueue.Transport {

    final List<String> sent = new ArrayList<>();
    final List<Consumer<Throwable>> pending = new ArrayList<>();
    int closeCode;
    String closeReason;
    int closes;
    private boolean stalled;

    static FakeTransport stalled() {
        FakeTransport transport = new FakeTransport();
        transport.stalled = true;
        return transport;
    }

    @Override
    public synchronized void sendAsync(String text, Consumer<Throwable> whenDone) {
        sent.add(text);
        if (stalled) {
            pending.add(whenDone);
        } else {
            whenDone.accept(null);
        }
    }

    @Override
    public synchronized void close(int code, String reason) {
        closes++;
        closeCode = code;
        closeReason = reason;
    }

    String last() {
        return sent.get(sent.size() - 1);
    }
}
