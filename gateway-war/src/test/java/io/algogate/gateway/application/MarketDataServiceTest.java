package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Candle;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.HistorySource;
import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.QuoteSource;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Market data through the active broker: multiquotes' fallback, unlisted intervals, ended sessions. */
class MarketDataServiceTest {

    private static final SymbolRef SBIN = new SymbolRef("NSE", "SBIN");
    private static final SymbolRef NOPE = new SymbolRef("NSE", "NOPE");

    /** A broker that knows SBIN only, serves 1m and D history, and can be told its session is gone. */
    private static final class FakeBroker implements BrokerAdapter, QuoteSource, HistorySource {
        boolean sessionGone;
        int batchCalls;
        final List<HistoryRequest> asked = new ArrayList<>();

        @Override
        public Quote quote(SymbolRef symbol) throws BrokerException {
            if (sessionGone) {
                throw new BrokerException(BrokerException.Reason.AUTHENTICATION, "token expired");
            }
            if (!symbol.equals(SBIN)) {
                throw new BrokerException(BrokerException.Reason.REJECTED, "unknown " + symbol.symbol());
            }
            BigDecimal p = new BigDecimal("800");
            return new Quote(symbol, p, p, p, p, p, p, p, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        @Override
        public List<Quote> quotes(List<SymbolRef> symbols) throws BrokerException {
            batchCalls++;
            return QuoteSource.super.quotes(symbols);
        }

        @Override
        public List<Candle> history(HistoryRequest request) {
            asked.add(request);
            return List.of();
        }

        @Override
        public Set<Interval> intervals() {
            return EnumSet.of(Interval.DAY, Interval.M1);
        }
    }

    private final FakeBroker broker = new FakeBroker();
    private final List<Long> revoked = new ArrayList<>();
    private final MarketDataService service = new MarketDataService();

    @BeforeEach
    void wire() {
        service.brokers = new BrokerPluginHost() {
            @Override
            public BrokerAdapter activeAdapter() {
                return broker;
            }
        };
        service.brokerSessions = new BrokerSessionService() {
            @Override
            public void revokeBrokerSession(long userId) {
                revoked.add(userId);
            }
        };
    }

    @Test
    void aRefusedBatchIsAskedAgainOneByOneSoEachSymbolGetsItsAnswer() throws BrokerException {
        List<MarketDataService.QuoteResult> results = service.quotes(7, List.of(SBIN, NOPE, SBIN));

        assertEquals(1, broker.batchCalls);
        assertEquals(List.of(SBIN, NOPE, SBIN), results.stream().map(MarketDataService.QuoteResult::symbol).toList());
        assertEquals(0, new BigDecimal("800").compareTo(results.get(0).quote().ltp()));
        assertNull(results.get(1).quote());
        assertEquals("unknown NOPE", results.get(1).error());
        assertTrue(results.get(2).error() == null);
    }

    @Test
    void anIntervalTheBrokerDoesNotListIsRefusedBeforeAskingIt() throws BrokerException {
        BrokerException refused = assertThrows(BrokerException.class, () -> service.history(7,
                new HistoryRequest(SBIN, Interval.S5, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4))));

        assertEquals(BrokerException.Reason.REJECTED, refused.reason());
        assertEquals("Interval 5s is not supported by the broker; supported: 1m, D", refused.getMessage());
        assertTrue(broker.asked.isEmpty());
        assertEquals(EnumSet.of(Interval.M1, Interval.DAY), service.intervals(7));
    }

    @Test
    void aBrokerThatNoLongerAcceptsTheSessionEndsItHere() {
        broker.sessionGone = true;

        assertThrows(BrokerException.class, () -> service.quote(7, SBIN));
        assertThrows(BrokerException.class, () -> service.quotes(7, List.of(SBIN)));
        assertEquals(List.of(7L, 7L), revoked);
    }
}
