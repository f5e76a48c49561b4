package io.algogate.gateway.interfaces.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutboundQueueTest {

    @Test
    void sendsInOrderOneAtATime() {
        FakeTransport transport = FakeTransport.stalled();
        OutboundQueue queue = new OutboundQueue(transport, 10);
        queue.offer("a");
        queue.offer("b");
        queue.offer("c");

        assertEquals(List.of("a"), transport.sent, "the next send waits for the one in flight");
        transport.pending.get(0).accept(null);
        assertEquals(List.of("a", "b"), transport.sent);
        transport.pending.get(1).accept(null);
        assertEquals(List.of("a", "b", "c"), transport.sent);
        assertEquals(0, queue.waiting());
    }

    @Test
    void aClientThatFallsBehindByTheCapacityIsClosedWithAReasonAndLaterMessagesDropped() {
        FakeTransport transport = FakeTransport.stalled();
        OutboundQueue queue = new OutboundQueue(transport, 3);
        assertTrue(queue.offer("in flight"));
        assertTrue(queue.offer("1"));
        assertTrue(queue.offer("2"));
        assertTrue(queue.offer("3"));
        assertEquals(0, transport.closes);

        assertFalse(queue.offer("4"), "one past the capacity");
        assertEquals(1, transport.closes);
        assertEquals(OutboundQueue.SLOW_CLIENT, transport.closeCode);
        assertEquals(OutboundQueue.SLOW_CLIENT_REASON, transport.closeReason);
        assertFalse(queue.offer("5"));
        assertEquals(1, transport.closes, "closed once");
        transport.pending.get(0).accept(null);
        assertEquals(List.of("in flight"), transport.sent, "nothing more is sent to a closed client");
    }

    @Test
    void aFailedSendClosesTheQueue() {
        FakeTransport transport = FakeTransport.stalled();
        OutboundQueue queue = new OutboundQueue(transport, 3);
        queue.offer("a");
        queue.offer("b");
        transport.pending.get(0).accept(new java.io.IOException("gone"));
        assertTrue(queue.isClosed());
        assertFalse(queue.offer("c"));
        assertEquals(List.of("a"), transport.sent);
    }
}
