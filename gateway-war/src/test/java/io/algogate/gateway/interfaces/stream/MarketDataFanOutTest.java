package io.algogate.gateway.interfaces.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.broker.spi.Tick;
import io.algogate.broker.spi.TickListener;
import io.algogate.gateway.interfaces.stream.MarketDataFanOut.Topic;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarketDataFanOutTest {

    private static final Topic SBIN_LTP = new Topic(new SymbolRef("NSE", "SBIN"), StreamMode.LTP);
    private static final Topic SBIN_QUOTE = new Topic(new SymbolRef("NSE", "SBIN"), StreamMode.QUOTE);

    /** The broker side: which topics are open upstream, with their listeners. */
    private final Map<Topic, TickListener> open = new HashMap<>();
    private final List<Topic> opened = new ArrayList<>();
    private final MarketDataFanOut fanOut = new MarketDataFanOut((topic, listener) -> {
        if (topic.symbol().symbol().equals("NOSUCH")) {
            throw new BrokerException(BrokerException.Reason.REJECTED, "Unknown symbol");
        }
        opened.add(topic);
        open.put(topic, listener);
        return () -> open.remove(topic);
    }, tick -> tick.symbol().symbol() + "@" + tick.ltp());

    private static Tick tick(Topic topic, String ltp) {
        return new Tick(topic.symbol(), topic.mode(), new BigDecimal(ltp), Instant.EPOCH, null, null);
    }

    @Test
    void clientsOfOneInstrumentAndModeShareOneUpstreamSubscriptionClosedWithTheLastOne() throws Exception {
        FakeTransport first = new FakeTransport();
        FakeTransport second = new FakeTransport();
        OutboundQueue a = new OutboundQueue(first, 10);
        OutboundQueue b = new OutboundQueue(second, 10);

        assertTrue(fanOut.subscribe(SBIN_LTP, a));
        assertTrue(fanOut.subscribe(SBIN_LTP, b));
        assertFalse(fanOut.subscribe(SBIN_LTP, b), "a second subscribe by one client counts once");
        fanOut.subscribe(SBIN_QUOTE, a);

        assertEquals(List.of(SBIN_LTP, SBIN_QUOTE), opened, "one upstream per instrument and mode");
        assertEquals(2, fanOut.subscriberCount(SBIN_LTP));
        open.get(SBIN_LTP).onTick(tick(SBIN_LTP, "801.5"));
        assertEquals(List.of("SBIN@801.5"), first.sent);
        assertEquals(List.of("SBIN@801.5"), second.sent);

        fanOut.unsubscribe(SBIN_LTP, a);
        assertTrue(open.containsKey(SBIN_LTP), "b still listens");
        open.get(SBIN_LTP).onTick(tick(SBIN_LTP, "802"));
        assertEquals(List.of("SBIN@801.5"), first.sent);
        assertEquals(List.of("SBIN@801.5", "SBIN@802"), second.sent);

        assertTrue(fanOut.unsubscribe(SBIN_LTP, b));
        assertFalse(open.containsKey(SBIN_LTP), "the last one out closes the upstream subscription");
        assertFalse(fanOut.unsubscribe(SBIN_LTP, b));
        assertEquals(1, fanOut.upstreamCount());

        fanOut.subscribe(SBIN_LTP, a);
        assertEquals(3, opened.size(), "a later subscriber opens it again");
    }

    @Test
    void aRefusedInstrumentLeavesNothingOpen() {
        OutboundQueue client = new OutboundQueue(new FakeTransport(), 10);
        Topic unknown = new Topic(new SymbolRef("NSE", "NOSUCH"), StreamMode.LTP);
        assertThrows(BrokerException.class, () -> fanOut.subscribe(unknown, client));
        assertEquals(0, fanOut.upstreamCount());
    }

    @Test
    void aSlowClientIsDroppedWhileTheOthersGetEveryTick() throws Exception {
        FakeTransport slowSocket = FakeTransport.stalled();
        OutboundQueue slow = new OutboundQueue(slowSocket, 4);
        List<FakeTransport> fastSockets = new ArrayList<>();
        fanOut.subscribe(SBIN_LTP, slow);
        for (int i = 0; i < 5; i++) {
            FakeTransport socket = new FakeTransport();
            fastSockets.add(socket);
            fanOut.subscribe(SBIN_LTP, new OutboundQueue(socket, 4));
        }

        for (int i = 0; i < 100; i++) {
            open.get(SBIN_LTP).onTick(tick(SBIN_LTP, Integer.toString(800 + i)));
        }

        assertEquals(OutboundQueue.SLOW_CLIENT, slowSocket.closeCode);
        assertEquals(1, slowSocket.closes);
        assertTrue(slow.isClosed());
        for (FakeTransport fast : fastSockets) {
            assertEquals(100, fast.sent.size(), "no tick lost for a client that keeps up");
            assertEquals("SBIN@899", fast.last());
            assertEquals(0, fast.closes);
        }
    }
}
