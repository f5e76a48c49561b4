package io.algogate.broker.kite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentType;
import org.junit.jupiter.api.Test;

/**
 * Kite's rows in OpenAlgo's names, following OpenAlgo's symbol format (e.g. {@code NIFTY28MAR24FUT},
 * {@code NIFTY28MAR2420800CE}, {@code VEDL25APR24292.5CE}; indices on {@code NSE_INDEX}/{@code BSE_INDEX}).
 */
class KiteSymbolsTest {

    @Test
    void equityKeepsItsTradingsymbol() {
        Instrument sbin = instrument("SBIN", "STATE BANK OF INDIA", "", "", "EQ", "NSE", "NSE");
        assertEquals("SBIN", sbin.symbol());
        assertEquals("NSE", sbin.exchange());
        assertEquals(InstrumentType.EQ, sbin.instrumentType());
    }

    @Test
    void futuresAreNameExpiryAndFut() {
        Instrument future = instrument("NIFTY24MARFUT", "NIFTY", "2024-03-28", "0", "FUT", "NFO-FUT", "NFO");
        assertEquals("NIFTY28MAR24FUT", future.symbol());
        assertEquals("NIFTY24MARFUT", future.brokerSymbol());
        assertEquals(null, future.strike(), "Kite's strike 0 for a future is no strike");
    }

    @Test
    void optionsAreNameExpiryStrikeAndType() {
        assertEquals("NIFTY28MAR2420800CE",
                instrument("NIFTY24MAR20800CE", "NIFTY", "2024-03-28", "20800", "CE", "NFO-OPT", "NFO").symbol());
        assertEquals("VEDL25APR24292.5CE",
                instrument("VEDL24APR292.5CE", "VEDL", "2024-04-25", "292.5", "CE", "NFO-OPT", "NFO").symbol());
        assertEquals("BANKNIFTY24APR2448000PE",
                instrument("BANKNIFTY24APR48000PE", "BANKNIFTY", "2024-04-24", "48000.0", "PE", "NFO-OPT", "NFO")
                        .symbol());
    }

    @Test
    void indicesMoveToIndexExchangesUnderOpenAlgosNames() {
        Instrument nifty = instrument("NIFTY 50", "NIFTY 50", "", "0", "EQ", "INDICES", "NSE");
        assertEquals("NIFTY", nifty.symbol());
        assertEquals("NSE_INDEX", nifty.exchange());
        assertEquals("NSE", nifty.brokerExchange());
        assertEquals(InstrumentType.INDEX, nifty.instrumentType());
        Instrument sensex = instrument("SENSEX", "SENSEX", "", "0", "EQ", "INDICES", "BSE");
        assertEquals("SENSEX", sensex.symbol());
        assertEquals("BSE_INDEX", sensex.exchange());
        assertEquals("NIFTY IT", instrument("NIFTY IT", "NIFTY IT", "", "0", "EQ", "INDICES", "NSE").symbol());
    }

    @Test
    void indexExchangesAreLookedUpOnKitesExchange() {
        assertEquals("NSE", KiteSymbols.kiteExchange("NSE_INDEX"));
        assertEquals("BSE", KiteSymbols.kiteExchange("BSE_INDEX"));
        assertEquals("NFO", KiteSymbols.kiteExchange("NFO"));
    }

    @Test
    void otherKindsAreOther() {
        assertEquals(InstrumentType.OTHER,
                instrument("GOLDBEES-N1", "", "", "0", "", "NSE", "NSE").instrumentType());
    }

    private static Instrument instrument(String tradingsymbol, String name, String expiry, String strike,
            String type, String segment, String exchange) {
        return KiteSymbols.instrument(new KiteSymbols.Row("1", tradingsymbol, name, expiry, strike, "0.05", "1", type,
                segment, exchange));
    }
}
