package io.algogate.broker.spi;

import java.util.ArrayList;
import java.util.List;

/** The capability to give snapshot quotes (OpenAlgo's quotes and multiquotes). */
public interface QuoteSource {

    /** The latest quote of one instrument. */
    Quote quote(SymbolRef symbol) throws BrokerException;

    /**
     * Quotes of several instruments, in the order asked. Brokers with a batch endpoint override this;
     * the default asks one by one, as OpenAlgo falls back to per-symbol quotes.
     */
    default List<Quote> quotes(List<SymbolRef> symbols) throws BrokerException {
        List<Quote> result = new ArrayList<>(symbols.size());
        for (SymbolRef symbol : symbols) {
            result.add(quote(symbol));
        }
        return result;
    }
}
