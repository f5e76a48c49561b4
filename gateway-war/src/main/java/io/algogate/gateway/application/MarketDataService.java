package io.algogate.gateway.application;

import io.algogate.broker.spi.BrokerAdapter;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Candle;
import io.algogate.broker.spi.Depth;
import io.algogate.broker.spi.DepthSource;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.HistorySource;
import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.Quote;
import io.algogate.broker.spi.QuoteSource;
import io.algogate.broker.spi.SymbolRef;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Market data from the active broker: quotes, depth, history and its intervals. Always the active
 * (live) broker, in analyze mode too, as OpenAlgo's sandbox prices from the live broker's data. When
 * the broker no longer accepts the session, it ends here too, as it does for orders.
 */
@ApplicationScoped
public class MarketDataService {

    @Inject
    BrokerPluginHost brokers;

    @Inject
    BrokerSessionService brokerSessions;

    /** One symbol's quote in a multiquotes answer, or why there is none. */
    public record QuoteResult(SymbolRef symbol, Quote quote, String error) {
    }

    /** A call into the active broker's adapter. */
    @FunctionalInterface
    interface BrokerCall<T> {
        T call(BrokerAdapter adapter) throws BrokerException;
    }

    public Quote quote(long userId, SymbolRef symbol) throws BrokerException {
        return call(userId, adapter -> adapter.capability(QuoteSource.class).quote(symbol));
    }

    /**
     * Quotes of several symbols in the order asked. The broker's batch call first; when it refuses
     * the batch (one unknown symbol spoils it), one by one, so each symbol gets its quote or its error.
     */
    public List<QuoteResult> quotes(long userId, List<SymbolRef> symbols) throws BrokerException {
        try {
            List<Quote> quotes = call(userId, adapter -> adapter.capability(QuoteSource.class).quotes(symbols));
            List<QuoteResult> results = new ArrayList<>(symbols.size());
            for (int i = 0; i < symbols.size(); i++) {
                results.add(new QuoteResult(symbols.get(i), quotes.get(i), null));
            }
            return results;
        } catch (BrokerException batchRefused) {
            if (batchRefused.reason() != BrokerException.Reason.REJECTED) {
                throw batchRefused;
            }
        }
        List<QuoteResult> results = new ArrayList<>(symbols.size());
        for (SymbolRef symbol : symbols) {
            try {
                results.add(new QuoteResult(symbol, quote(userId, symbol), null));
            } catch (BrokerException e) {
                if (e.reason() != BrokerException.Reason.REJECTED) {
                    throw e;
                }
                results.add(new QuoteResult(symbol, null, e.getMessage()));
            }
        }
        return results;
    }

    public Depth depth(long userId, SymbolRef symbol) throws BrokerException {
        return call(userId, adapter -> adapter.capability(DepthSource.class).depth(symbol));
    }

    /** Candles, oldest first; an interval the broker does not offer is refused before asking it. */
    public List<Candle> history(long userId, HistoryRequest request) throws BrokerException {
        return call(userId, adapter -> {
            HistorySource history = adapter.capability(HistorySource.class);
            if (!history.intervals().contains(request.interval())) {
                throw new BrokerException(BrokerException.Reason.REJECTED, "Interval " + request.interval().wireName()
                        + " is not supported by the broker; supported: " + wireNames(history.intervals()));
            }
            return history.history(request);
        });
    }

    /** The intervals the broker serves, in OpenAlgo's order; none when it has no history. */
    public Set<Interval> intervals(long userId) throws BrokerException {
        try {
            Set<Interval> offered = call(userId, adapter -> adapter.capability(HistorySource.class).intervals());
            return offered.isEmpty() ? EnumSet.noneOf(Interval.class) : EnumSet.copyOf(offered);
        } catch (BrokerException e) {
            if (e.reason() == BrokerException.Reason.NOT_SUPPORTED) {
                return EnumSet.noneOf(Interval.class);
            }
            throw e;
        }
    }

    private static String wireNames(Set<Interval> intervals) {
        return intervals.stream().sorted().map(Interval::wireName).collect(Collectors.joining(", "));
    }

    private <T> T call(long userId, BrokerCall<T> work) throws BrokerException {
        try {
            return work.call(brokers.activeAdapter());
        } catch (BrokerException e) {
            if (e.reason() == BrokerException.Reason.AUTHENTICATION) {
                brokerSessions.revokeBrokerSession(userId);
            }
            throw e;
        }
    }
}
