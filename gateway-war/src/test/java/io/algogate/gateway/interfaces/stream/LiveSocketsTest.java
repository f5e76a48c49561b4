package io.algogate.gateway.interfaces.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.gateway.interfaces.stream.MarketDataFanOut.Topic;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveSocketsTest {

    @Test
    void aBrokerChangeClosesEveryOpenSocketWith1012AndTheFanOutLetsGoOfTheOldSubscriptions() throws Exception {
        Set<Topic> upstream = new HashSet<>();
        MarketDataFanOut market = new MarketDataFanOut((topic, listener) -> {
            upstream.add(topic);
            return () -> upstream.remove(topic);
        }, tick -> "");
        LiveSockets sockets = new LiveSockets();
        FakeTransport first = new FakeTransport();
        FakeTransport second = new FakeTransport();
        FakeTransport gone = new FakeTransport();
        OutboundQueue a = new OutboundQueue(first, 4);
        OutboundQueue c = new OutboundQueue(gone, 4);
        sockets.opened(a);
        sockets.opened(new OutboundQueue(second, 4));
        sockets.opened(c);
        sockets.closed(c);
        market.subscribe(new Topic(new SymbolRef("NSE", "SBIN"), StreamMode.LTP), a);

        market.closeAll();
        sockets.closeAllForBrokerChange();

        assertTrue(upstream.isEmpty());
        assertEquals(0, market.upstreamCount());
        assertEquals(LiveSockets.BROKER_CHANGED, first.closeCode);
        assertEquals(LiveSockets.BROKER_CHANGED, second.closeCode);
        assertEquals(0, gone.closes, "a socket already closed is not closed again");
    }
}
