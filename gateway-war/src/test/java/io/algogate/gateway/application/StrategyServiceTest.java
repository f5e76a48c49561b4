package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.IntradayWindow;
import io.algogate.gateway.domain.Strategy;
import io.algogate.gateway.domain.StrategyRepository;
import io.algogate.gateway.domain.StrategyTradingMode;
import io.algogate.gateway.domain.SymbolMapping;
import io.algogate.gateway.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Strategies' webhook ids and the intraday window on the injected clock (India's time, UTC+05:30). */
class StrategyServiceTest {

    /** 10:00 in India. */
    private static final Instant TEN_IN_INDIA = Instant.parse("2026-12-04T04:30:00Z");
    private static final IntradayWindow WINDOW = new IntradayWindow(LocalTime.of(9, 30), LocalTime.of(10, 30),
            LocalTime.of(11, 0));

    private final MutableClock clock = new MutableClock(TEN_IN_INDIA);
    private final StrategyService service = new StrategyService();

    @BeforeEach
    void wire() {
        service.strategies = new InMemoryStrategies();
        service.clock = clock;
    }

    private Strategy intraday() {
        return service.create(1L, new StrategyDefinition("trend", StrategyTradingMode.LONG, WINDOW, true,
                List.of(new SymbolMapping("SBIN", "NSE", 5, "MIS"))));
    }

    @Test
    void eachStrategyGetsItsOwnRandomUuidAndIsFoundByIt() {
        Strategy first = intraday();
        Strategy second = intraday();
        assertNotEquals(first.getWebhookId(), second.getWebhookId());
        assertEquals(4, UUID.fromString(first.getWebhookId()).version());
        assertEquals(Optional.of(second), service.findByWebhookId(second.getWebhookId()));
        assertEquals(Optional.empty(), service.findByWebhookId(UUID.randomUUID().toString()));
        assertEquals(Optional.empty(), service.findByWebhookId("../../etc/passwd"));
        assertEquals(Optional.empty(), service.findByWebhookId(null));
    }

    @Test
    void theWindowIsReadInIndiasTimeFromTheInjectedClock() {
        Strategy strategy = intraday();
        assertTrue(service.windowRefusal(strategy, false).isEmpty(), "10:00 is inside the entry window");
        clock.advance(Duration.ofMinutes(31));
        assertEquals(Optional.of("Entry orders not allowed after end time (10:30 IST)"),
                service.windowRefusal(strategy, false));
        assertTrue(service.windowRefusal(strategy, true).isEmpty(), "exits run until square-off");
        clock.advance(Duration.ofMinutes(30));
        assertEquals(Optional.of("Exit orders not allowed after square off time (11:00 IST)"),
                service.windowRefusal(strategy, true));
    }

    @Test
    void aPositionalStrategyTradesAtAnyTime() {
        Strategy positional = service.create(1L, new StrategyDefinition("swing", StrategyTradingMode.BOTH, null, true,
                List.of()));
        clock.advance(Duration.ofHours(14));
        assertTrue(service.windowRefusal(positional, false).isEmpty());
        assertTrue(positional.intradayWindow().isEmpty());
    }

    @Test
    void mappingsArePutByTheirSymbolAndRemoved() {
        Strategy strategy = intraday();
        strategy.putMapping(new SymbolMapping("SBIN", "BSE", 7, "CNC"), clock.instant());
        strategy.putMapping(new SymbolMapping("INFY", "NSE", 1, "MIS"), clock.instant());
        assertEquals(2, strategy.getSymbolMappings().size());
        assertEquals("BSE", strategy.mappingFor("SBIN").orElseThrow().getExchange());
        assertTrue(strategy.removeMapping("SBIN", clock.instant()));
        assertTrue(strategy.mappingFor("SBIN").isEmpty());
        assertTrue(strategy.mappingFor("infy").isEmpty(), "symbols match exactly, as OpenAlgo's do");
    }

    private static final class InMemoryStrategies implements StrategyRepository {

        private final List<Strategy> stored = new ArrayList<>();

        @Override
        public Strategy add(Strategy strategy) {
            stored.add(strategy);
            return strategy;
        }

        @Override
        public Strategy save(Strategy strategy) {
            return strategy;
        }

        @Override
        public Optional<Strategy> findById(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Strategy> findByWebhookId(String webhookId) {
            return stored.stream().filter(s -> s.getWebhookId().equals(webhookId)).findFirst();
        }

        @Override
        public List<Strategy> findAll() {
            return List.copyOf(stored);
        }

        @Override
        public boolean delete(long id) {
            return false;
        }
    }
}
