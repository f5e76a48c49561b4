package io.algogate.gateway.interfaces.web;

import io.algogate.broker.spi.Instrument;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One instrument found by the symbol search, with the order ticket's query strings to buy or sell it. */
public class SearchRow {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd-MMM-yy", Locale.ENGLISH);

    private final Instrument instrument;

    public SearchRow(Instrument instrument) {
        this.instrument = instrument;
    }

    public String getSymbol() {
        return instrument.symbol();
    }

    public String getName() {
        return instrument.name();
    }

    public String getExchange() {
        return instrument.exchange();
    }

    public String getType() {
        return instrument.instrumentType().name();
    }

    public String getExpiry() {
        return instrument.expiry() == null ? "" : EXPIRY.format(instrument.expiry()).toUpperCase(Locale.ENGLISH);
    }

    public String getLotSize() {
        return Amounts.quantity(instrument.lotSize());
    }

    /** {@code symbol=..&exchange=..&action=BUY}, each value URL-encoded (a symbol may hold {@code &}). */
    public String getBuyQuery() {
        return ticketQuery("BUY");
    }

    public String getSellQuery() {
        return ticketQuery("SELL");
    }

    String ticketQuery(String action) {
        return "symbol=" + encode(instrument.symbol()) + "&exchange=" + encode(instrument.exchange()) + "&action=" + action;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
