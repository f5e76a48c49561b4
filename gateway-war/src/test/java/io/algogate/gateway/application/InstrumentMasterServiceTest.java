package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentSource;
import io.algogate.broker.spi.InstrumentType;
import io.algogate.gateway.domain.GatewaySetting;
import io.algogate.gateway.domain.GatewaySettingRepository;
import io.algogate.gateway.domain.InstrumentRecord;
import io.algogate.gateway.domain.InstrumentRepository;
import io.algogate.gateway.support.MutableClock;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The instrument master: a download becomes current only when complete, in batches, under the gateway's loader. */
class InstrumentMasterServiceTest {

    private final InMemoryInstruments rows = new InMemoryInstruments();
    private final Map<String, String> settings = new HashMap<>();
    private InstrumentMasterService service;

    @BeforeEach
    void wire() {
        service = new InstrumentMasterService();
        service.instruments = rows;
        service.clock = new MutableClock(Instant.parse("2026-12-04T03:00:00Z"));
        service.settings = new GatewaySettingRepository() {
            @Override
            public Optional<String> value(String name) {
                return Optional.ofNullable(settings.get(name));
            }

            @Override
            public void put(GatewaySetting setting) {
                settings.put(setting.getName(), setting.getValue());
            }
        };
    }

    private static Instrument equity(String symbol) {
        return new Instrument(symbol, symbol, "NSE", "NSE", "1", symbol, null, null, BigDecimal.ONE,
                new BigDecimal("0.05"), InstrumentType.EQ);
    }

    private static InstrumentSource listing(int count, boolean complete) {
        return sink -> {
            for (int i = 0; i < count; i++) {
                sink.accept(equity("SYM" + i));
            }
            if (!complete) {
                throw new BrokerException(BrokerException.Reason.UNAVAILABLE, "connection reset");
            }
            sink.done();
        };
    }

    @Test
    void aCompleteDownloadBecomesTheMasterWrittenInBatches() {
        service.download("kite", listing(2_500, true));

        InstrumentMasterService.Status status = service.status();
        assertEquals(InstrumentMasterService.Phase.SUCCESS, status.phase());
        assertEquals(2_500, status.count());
        assertEquals("kite", status.brokerId());
        assertEquals(List.of(1_000, 1_000, 500), rows.batchSizes);
        assertEquals("SYM2499", service.find("NSE", "SYM2499").orElseThrow().symbol());
        assertEquals(Optional.empty(), service.find("NSE", "NOPE"));
    }

    @Test
    void aDownloadThatBreaksOffLeavesThePreviousMaster() {
        service.download("kite", listing(3, true));

        service.download("kite", listing(1_500, false));

        InstrumentMasterService.Status status = service.status();
        assertEquals(InstrumentMasterService.Phase.ERROR, status.phase());
        assertTrue(status.error().contains("connection reset"), status.error());
        assertEquals(3, rows.rows.size(), "the broken-off rows are dropped");
        assertTrue(service.find("NSE", "SYM2").isPresent());
        assertEquals(Optional.empty(), service.find("NSE", "SYM1000"));
    }

    @Test
    void aListWithoutDoneIsNotAMaster() {
        service.download("kite", sink -> sink.accept(equity("INFY")));

        assertEquals(InstrumentMasterService.Phase.ERROR, service.status().phase());
        assertEquals(Optional.empty(), service.find("NSE", "INFY"));
        assertEquals(0, rows.rows.size());
    }

    @Test
    void theNextCompleteDownloadReplacesTheMaster() {
        service.download("kite", listing(3, true));
        service.download("kite", listing(2, true));

        assertEquals(2, service.status().count());
        assertEquals(2, rows.rows.size());
        assertEquals(Optional.empty(), service.find("NSE", "SYM2"));
    }

    @Test
    void aDoneSinkTakesNoMoreRows() {
        InstrumentMasterService.StagedSink sink = service.newSink("kite");
        sink.done();

        assertThrows(IllegalStateException.class, () -> sink.accept(equity("LATE")));
    }

    @Test
    void writesRunUnderTheGatewaysLoaderAndThePluginsIsRestored() throws Exception {
        try (URLClassLoader pluginLoader = new URLClassLoader(new URL[0], null)) {
            Thread.currentThread().setContextClassLoader(pluginLoader);
            try {
                service.download("kite", listing(1, true));
                assertSame(pluginLoader, Thread.currentThread().getContextClassLoader());
            } finally {
                Thread.currentThread().setContextClassLoader(InstrumentMasterServiceTest.class.getClassLoader());
            }
        }
        assertEquals(List.of(InstrumentMasterService.class.getClassLoader()), rows.loadersSeen);
    }

    /** Rows in a list; records each batch's size and the context loader it was written under. */
    private static final class InMemoryInstruments implements InstrumentRepository {
        final List<InstrumentRecord> rows = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();
        final List<ClassLoader> loadersSeen = new ArrayList<>();

        @Override
        public void insert(List<InstrumentRecord> batch) {
            rows.addAll(batch);
            batchSizes.add(batch.size());
            loadersSeen.add(Thread.currentThread().getContextClassLoader());
        }

        @Override
        public int deleteAllBut(long keptGeneration) {
            int before = rows.size();
            rows.removeIf(row -> row.getGeneration() != keptGeneration);
            return before - rows.size();
        }

        @Override
        public long count(long generation) {
            return rows.stream().filter(row -> row.getGeneration() == generation).count();
        }

        @Override
        public Optional<InstrumentRecord> find(long generation, String exchange, String symbol) {
            return rows.stream().filter(row -> row.getGeneration() == generation)
                    .filter(row -> row.toInstrument().exchange().equals(exchange)
                            && row.toInstrument().symbol().equals(symbol))
                    .findFirst();
        }

        @Override
        public List<BigDecimal> strikes(long generation, String exchange, String name, java.time.LocalDate expiry,
                String instrumentType) {
            return rows.stream().filter(row -> row.getGeneration() == generation).map(InstrumentRecord::toInstrument)
                    .filter(i -> i.exchange().equals(exchange) && i.name().equals(name)
                            && expiry.equals(i.expiry()) && i.instrumentType().name().equals(instrumentType))
                    .map(Instrument::strike).distinct().sorted().toList();
        }
    
        @Override
        public List<InstrumentRecord> search(long generation, String text, String exchange, int limit) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public List<java.time.LocalDate> expiries(long generation, String exchange, String name, List<String> types) {
            throw new UnsupportedOperationException("not used by these tests");
        }

        @Override
        public List<InstrumentRecord> list(long generation, String exchange) {
            throw new UnsupportedOperationException("not used by these tests");
        }
    }
}
