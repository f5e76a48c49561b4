package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropOldestQueueTest {

    @Test
    void aFullQueueDropsItsOldestAndCountsTheDrop() {
        DropOldestQueue<Integer> queue = new DropOldestQueue<>(3);
        for (int i = 1; i <= 5; i++) {
            queue.offer(i);
        }

        List<Integer> drained = new ArrayList<>();
        assertEquals(3, queue.drainTo(drained, 10));
        assertEquals(List.of(3, 4, 5), drained, "the newest are kept, in order");
        assertEquals(2, queue.dropped());
        assertEquals(0, queue.size());
    }

    @Test
    void drainingTakesAtMostTheBatchOldestFirst() {
        DropOldestQueue<String> queue = new DropOldestQueue<>(10);
        List.of("a", "b", "c").forEach(queue::offer);

        List<String> batch = new ArrayList<>();
        assertEquals(2, queue.drainTo(batch, 2));
        assertEquals(List.of("a", "b"), batch);
        assertEquals(1, queue.size());
        assertEquals(0, queue.dropped());
    }

    @Test
    void aQueueHoldsAtLeastOne() {
        assertThrows(IllegalArgumentException.class, () -> new DropOldestQueue<>(0));
    }
}
