package io.algogate.broker.kite;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.BrokerException.Reason;
import io.algogate.broker.spi.Instrument;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads Kite's instrument CSV a line at a time, so a master of hundreds of thousands of rows is never
 * held in memory. Columns are found by their header names (Kite's documented example puts spaces
 * after the commas). A row of the wrong shape fails the whole list rather than being skipped: it is
 * what a download that broke off looks like, and the host must then keep its previous master.
 */
final class KiteInstrumentCsv {

    private static final List<String> COLUMNS = List.of("instrument_token", "tradingsymbol", "name", "expiry",
            "strike", "tick_size", "lot_size", "instrument_type", "segment", "exchange");

    private KiteInstrumentCsv() {
    }

    static void read(BufferedReader csv, Consumer<Instrument> each) throws IOException, BrokerException {
        String header = csv.readLine();
        if (header == null) {
            throw malformed("it is empty");
        }
        List<String> names = fields(header, 1).stream().map(String::strip).toList();
        int[] index = new int[COLUMNS.size()];
        for (int i = 0; i < index.length; i++) {
            index[i] = names.indexOf(COLUMNS.get(i));
            if (index[i] < 0) {
                throw malformed("its header has no " + COLUMNS.get(i) + " column");
            }
        }
        int lineNumber = 1;
        for (String line = csv.readLine(); line != null; line = csv.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = fields(line, lineNumber);
            if (fields.size() != names.size()) {
                throw malformed("line " + lineNumber + " has " + fields.size() + " fields, the header "
                        + names.size());
            }
            Instrument instrument;
            try {
                instrument = KiteSymbols.instrument(new KiteSymbols.Row(fields.get(index[0]), fields.get(index[1]),
                        fields.get(index[2]), fields.get(index[3]), fields.get(index[4]), fields.get(index[5]),
                        fields.get(index[6]), fields.get(index[7]), fields.get(index[8]), fields.get(index[9])));
            } catch (RuntimeException e) {
                throw malformed("line " + lineNumber + " does not parse (" + e.getMessage() + ")");
            }
            each.accept(instrument);
        }
    }

    /** One CSV line's fields; quoted fields may hold commas and doubled quotes, not line breaks. */
    static List<String> fields(String line, int lineNumber) throws BrokerException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw malformed("line " + lineNumber + " ends inside a quoted field");
        }
        fields.add(field.toString());
        return fields;
    }

    private static BrokerException malformed(String why) {
        return new BrokerException(Reason.UNAVAILABLE, "Kite's instrument list is malformed: " + why);
    }
}
