package io.algogate.broker.kite;

import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Kite's instrument names to OpenAlgo's, following OpenAlgo's own Zerodha master contract: indices
 * move to {@code NSE_INDEX}/{@code BSE_INDEX}/... under OpenAlgo's short names, futures become
 * {@code <NAME><DDMMMYY>FUT} and options {@code <NAME><DDMMMYY><STRIKE><CE|PE>} from the row's name,
 * expiry and strike, and everything else keeps Kite's tradingsymbol.
 */
final class KiteSymbols {

    /** Kite lists indices in its exchanges' INDICES segment; OpenAlgo gives them exchanges of their own. */
    private static final String INDICES = "INDICES";
    private static final Map<String, String> INDEX_EXCHANGES = Map.of(
            "NSE", "NSE_INDEX", "BSE", "BSE_INDEX", "MCX", "MCX_INDEX", "CDS", "CDS_INDEX");
    private static final Map<String, String> INDEX_SYMBOLS = Map.of(
            "NIFTY 50", "NIFTY",
            "NIFTY NEXT 50", "NIFTYNXT50",
            "NIFTY FIN SERVICE", "FINNIFTY",
            "NIFTY BANK", "BANKNIFTY",
            "NIFTY MID SELECT", "MIDCPNIFTY",
            "INDIA VIX", "INDIAVIX",
            "SNSX50", "SENSEX50");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("ddMMMyy", Locale.ENGLISH);

    private KiteSymbols() {
    }

    /** One row of Kite's instrument CSV, as text. */
    record Row(String instrumentToken, String tradingsymbol, String name, String expiry, String strike,
            String tickSize, String lotSize, String instrumentType, String segment, String exchange) {
    }

    /** The row as an instrument; throws an unchecked exception for a value that does not parse. */
    static Instrument instrument(Row row) {
        LocalDate expiry = row.expiry().isBlank() ? null : LocalDate.parse(row.expiry());
        BigDecimal strike = row.strike().isBlank() ? null : new BigDecimal(row.strike());
        if (strike != null && strike.signum() == 0) {
            // Kite writes 0 for instruments without a strike; the SPI wants null there.
            strike = null;
        }
        InstrumentType type = type(row);
        return new Instrument(
                symbol(type, row.tradingsymbol(), row.name(), expiry, strike),
                row.tradingsymbol(),
                type == InstrumentType.INDEX ? INDEX_EXCHANGES.getOrDefault(row.exchange(), row.exchange())
                        : row.exchange(),
                row.exchange(),
                row.instrumentToken(),
                row.name(),
                expiry,
                strike,
                new BigDecimal(row.lotSize()),
                new BigDecimal(row.tickSize()),
                type);
    }

    /** The Kite exchange that lists an OpenAlgo exchange's instruments. */
    static String kiteExchange(String openAlgoExchange) {
        return INDEX_EXCHANGES.entrySet().stream()
                .filter(entry -> entry.getValue().equals(openAlgoExchange))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(openAlgoExchange);
    }

    /**
     * The OpenAlgo symbol. A derivative without a name (Kite's documented example rows have none)
     * keeps its tradingsymbol rather than getting a symbol built from nothing. Strikes keep their
     * decimals ({@code VEDL25APR24292.5CE}), as OpenAlgo's symbol format shows them.
     */
    static String symbol(InstrumentType type, String tradingsymbol, String name, LocalDate expiry, BigDecimal strike) {
        boolean named = !name.isBlank() && expiry != null;
        String contract = named ? name + EXPIRY.format(expiry).toUpperCase(Locale.ROOT) : null;
        return switch (type) {
            case INDEX -> INDEX_SYMBOLS.getOrDefault(tradingsymbol, tradingsymbol);
            case FUT -> named ? contract + "FUT" : tradingsymbol;
            case CE, PE -> named && strike != null
                    ? contract + strike.stripTrailingZeros().toPlainString() + type.name() : tradingsymbol;
            default -> tradingsymbol;
        };
    }

    private static InstrumentType type(Row row) {
        if (INDICES.equals(row.segment())) {
            return InstrumentType.INDEX;
        }
        return switch (row.instrumentType()) {
            case "EQ" -> InstrumentType.EQ;
            case "FUT" -> InstrumentType.FUT;
            case "CE" -> InstrumentType.CE;
            case "PE" -> InstrumentType.PE;
            default -> InstrumentType.OTHER;
        };
    }
}
