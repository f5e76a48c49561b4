package io.algogate.broker.kite;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerException.Reason;
import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentSink;
import io.algogate.broker.spi.SymbolRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Kite's instrument master: streamed whole to the host ({@code GET /instruments}), and looked up by the
 * plugin itself for the instrument tokens historical data needs. The plugin never reads the host's
 * stored master (plugins do not reach the gateway's database), so it keeps its own token map per
 * exchange, fetched with {@code GET /instruments/:exchange} on first use and kept until Kite publishes
 * the next day's list.
 */
final class KiteInstruments {

    /** Kite generates the list once a day and advises fetching it at about 08:30 in India. */
    private static final LocalTime DAILY_LIST = LocalTime.of(8, 30);

    private final KiteHttp http;
    private final KiteHttp.Authorization authorization;
    private final Clock clock;
    private final Duration downloadTimeout;
    /** Per Kite exchange; guarded by {@code this}, as a refresh downloads the exchange's list once. */
    private final Map<String, Listing> listingsByExchange = new HashMap<>();

    /** One exchange's instruments by name, OpenAlgo's and Kite's own, until the next day's list. */
    private record Listing(Map<String, Instrument> byName, Instant expiresAt) {
    }

    KiteInstruments(KiteHttp http, KiteHttp.Authorization authorization, Clock clock, Duration downloadTimeout) {
        this.http = http;
        this.authorization = authorization;
        this.clock = clock;
        this.downloadTimeout = downloadTimeout;
    }

    void streamInstruments(InstrumentSink sink) throws BrokerException {
        read("/instruments", sink::accept);
        sink.done();
    }

    /**
     * Kite's instrument token for an instrument named the OpenAlgo way; Kite's own tradingsymbol (as
     * the books show it) is accepted too.
     */
    String token(SymbolRef symbol) throws BrokerException {
        return instrument(symbol).token();
    }

    /**
     * The instrument named the OpenAlgo way (or by Kite's own tradingsymbol), for Kite's name of it:
     * OpenAlgo's {@code NFO:NIFTY26DEC24FUT} is Kite's {@code NFO:NIFTY24DECFUT}.
     */
    Instrument instrument(SymbolRef symbol) throws BrokerException {
        String name = key(symbol.exchange(), symbol.symbol());
        Instrument instrument = listing(KiteSymbols.kiteExchange(symbol.exchange())).get(name);
        if (instrument == null) {
            throw new BrokerException(Reason.REJECTED, "Kite lists no instrument " + name
                    + "; name it as the instrument master does, such as NSE:INFY or NFO:NIFTY28MAR24FUT");
        }
        return instrument;
    }

    private synchronized Map<String, Instrument> listing(String kiteExchange) throws BrokerException {
        Instant now = clock.instant();
        Listing cached = listingsByExchange.get(kiteExchange);
        if (cached != null && now.isBefore(cached.expiresAt())) {
            return cached.byName();
        }
        Map<String, Instrument> byName = new HashMap<>();
        read("/instruments/" + URLEncoder.encode(kiteExchange, StandardCharsets.UTF_8), instrument -> {
            byName.put(key(instrument.exchange(), instrument.symbol()), instrument);
            byName.putIfAbsent(key(instrument.brokerExchange(), instrument.brokerSymbol()), instrument);
        });
        Listing fetched = new Listing(Map.copyOf(byName), KiteJson.nextInIndia(now, DAILY_LIST));
        listingsByExchange.put(kiteExchange, fetched);
        return fetched.byName();
    }

    private void read(String path, Consumer<Instrument> each) throws BrokerException {
        try (InputStream body = http.download(path, authorization.header(), downloadTimeout);
                BufferedReader csv = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            KiteInstrumentCsv.read(csv, each);
        } catch (IOException e) {
            throw new BrokerException(Reason.UNAVAILABLE,
                    "Kite's instrument list (GET " + path + ") broke off: " + e.getMessage(), e);
        }
    }

    private static String key(String exchange, String symbol) {
        return exchange + ":" + symbol;
    }
}
