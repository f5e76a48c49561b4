package io.algogate.broker.kite;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentSource;
import io.algogate.broker.spi.InstrumentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The instrument master: streaming the documented CSV into the host's sink, and failing without done(). */
class KiteInstrumentsTest extends KiteStubTestBase {

    /** The documented example's fourth row, which lacks its exchange_token column. */
    private static final String ROW_WITHOUT_EXCHANGE_TOKEN =
            "645639,SILVER15DECFUT,,7800.0,2015-12-31,,1,1,FUT,MCX,MCX\n";

    private final RecordingSink sink = new RecordingSink();

    @Test
    void everyDocumentedRowReachesTheSinkThenDoneOnce() throws Exception {
        kite.stubFor(get("/instruments").willReturn(csv(fixture("instruments.csv"))));

        capability(InstrumentSource.class).streamInstruments(sink);

        kite.verify(getRequestedFor(urlEqualTo("/instruments"))
                .withHeader("Authorization", equalTo(AUTHORIZATION))
                .withHeader("X-Kite-Version", equalTo("3")));
        assertEquals(1, sink.doneCalls);
        assertEquals(List.of("INFY", "NIFTY15DECFUT", "NIFTY159500CE"),
                sink.accepted.stream().map(Instrument::brokerSymbol).toList());
        Instrument infy = sink.accepted.get(0);
        assertEquals(new Instrument("INFY", "INFY", "NSE", "NSE", "408065", "INFOSYS", null, null,
                new BigDecimal("1"), new BigDecimal("0.05"), InstrumentType.EQ), infy);
        Instrument future = sink.accepted.get(1);
        assertEquals(InstrumentType.FUT, future.instrumentType());
        assertEquals("NFO", future.exchange());
        assertEquals("5720322", future.token());
        assertEquals(LocalDate.of(2015, 12, 31), future.expiry());
        assertNull(future.strike());
        assertEquals(new BigDecimal("75"), future.lotSize());
        // The documented rows have no name, so there is nothing to build an OpenAlgo symbol from.
        assertEquals("NIFTY15DECFUT", future.symbol());
        Instrument call = sink.accepted.get(2);
        assertEquals(InstrumentType.CE, call.instrumentType());
        assertEquals(new BigDecimal("9500"), call.strike());
    }

    @Test
    void aGzippedListIsUnpacked() throws Exception {
        kite.stubFor(get("/instruments").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/gzip").withBody(gzip(fixture("instruments.csv")))));

        capability(InstrumentSource.class).streamInstruments(sink);

        assertEquals(3, sink.accepted.size());
        assertEquals(1, sink.doneCalls);
    }

    @Test
    void aListGzippedAsWellAsSentWithGzipTransportEncodingIsUnpackedTwice() throws Exception {
        // WireMock compresses text answers for clients that accept gzip, as Kite's server may.
        kite.stubFor(get("/instruments").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/csv").withBody(gzip(fixture("instruments.csv")))));

        capability(InstrumentSource.class).streamInstruments(sink);

        kite.verify(getRequestedFor(urlEqualTo("/instruments")).withHeader("Accept-Encoding", equalTo("gzip")));
        assertEquals(3, sink.accepted.size());
    }

    @Test
    void aDownloadThatBreaksOffDoesNotCompleteTheMaster() {
        // The JDK client meets the fault while reading the headers or the body, whichever comes first.
        kite.stubFor(get("/instruments").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        assertUnavailableWithoutDone();
    }

    @Test
    void aTruncatedGzipDoesNotCompleteTheMaster() throws Exception {
        byte[] whole = gzip(fixture("instruments.csv"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        kite.stubFor(get("/instruments").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/gzip").withBody(half)));

        BrokerException refused = assertUnavailableWithoutDone();

        assertTrue(refused.getMessage().contains("broke off"), refused.getMessage());
    }

    @Test
    void aListThatDoesNotArriveInTimeIsUnavailableInsteadOfBlocking() throws Exception {
        kite.stubFor(get("/instruments").willReturn(csv(fixture("instruments.csv"))
                .withChunkedDribbleDelay(4, 3_000)));

        BrokerException refused = assertThrows(BrokerException.class,
                () -> capability(InstrumentSource.class, Map.of("download-timeout-millis", "300"))
                        .streamInstruments(sink));

        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
        assertTrue(refused.getMessage().contains("did not arrive within 300 ms"), refused.getMessage());
        assertEquals(0, sink.doneCalls);
    }

    @Test
    void aRowOfTheWrongShapeFailsTheListAfterTheRowsBeforeIt() {
        kite.stubFor(get("/instruments").willReturn(csv(fixture("instruments.csv") + ROW_WITHOUT_EXCHANGE_TOKEN)));

        BrokerException refused = assertThrows(BrokerException.class,
                () -> capability(InstrumentSource.class).streamInstruments(sink));

        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
        assertTrue(refused.getMessage().contains("line 5 has 11 fields"), refused.getMessage());
        assertEquals(3, sink.accepted.size());
        assertEquals(0, sink.doneCalls);
    }

    @Test
    void anAnswerThatIsNoInstrumentListIsUnavailable() {
        kite.stubFor(get("/instruments").willReturn(csv("<html>Service unavailable</html>\n")));

        BrokerException refused = assertThrows(BrokerException.class,
                () -> capability(InstrumentSource.class).streamInstruments(sink));

        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
        assertEquals(0, sink.doneCalls);
    }

    @Test
    void quotedFieldsMayHoldCommasAndQuotes() throws Exception {
        assertEquals(List.of("1", "3M INDIA, LTD", "say \"hi\"", ""),
                KiteInstrumentCsv.fields("1,\"3M INDIA, LTD\",\"say \"\"hi\"\"\",", 2));
        assertThrows(BrokerException.class, () -> KiteInstrumentCsv.fields("1,\"open", 2));
    }

    private BrokerException assertUnavailableWithoutDone() {
        BrokerException refused = assertThrows(BrokerException.class,
                () -> capability(InstrumentSource.class).streamInstruments(sink));

        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
        assertEquals(0, sink.doneCalls);
        return refused;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
