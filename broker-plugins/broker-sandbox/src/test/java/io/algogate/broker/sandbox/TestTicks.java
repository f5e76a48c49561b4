package io.algogate.broker.sandbox;

/** Feed ticks (1-second) at instants the tests use. */
final class TestTicks {

    /** 2026-12-04T10:30:00 IST = 05:00:00 UTC. */
    static final long DEC_4_2026_1030_IST = java.time.Instant.parse("2026-12-04T05:00:00Z").getEpochSecond();

    private TestTicks() {
    }
}
