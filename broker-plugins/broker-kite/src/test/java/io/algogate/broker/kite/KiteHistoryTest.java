package io.algogate.broker.kite;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Candle;
import io.algogate.broker.spi.HistoryRequest;
import io.algogate.broker.spi.HistorySource;
import io.algogate.broker.spi.Interval;
import io.algogate.broker.spi.SymbolRef;
import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Historical candles: token resolution through the instrument list, intervals, chunks and timestamps. */
class KiteHistoryTest extends KiteStubTestBase {

    private static final SymbolRef INFY = new SymbolRef("NSE", "INFY");
    private static final LocalDate DAY = LocalDate.of(2019, 12, 4);
    /** INFY's instrument_token in the documented instrument list. */
    private static final String HISTORY_OF_INFY = "/instruments/historical/408065/";

    @BeforeEach
    void serveTheNseInstrumentList() {
        kite.stubFor(get("/instruments/NSE").willReturn(csv(fixture("instruments.csv"))));
    }

    @Test
    void candlesOfASymbolAreFetchedByItsInstrumentToken() throws Exception {
        kite.stubFor(get(urlPathEqualTo(HISTORY_OF_INFY + "minute")).willReturn(okJson(fixture("historical_oi.json"))));

        List<Candle> candles = capability(HistorySource.class).history(new HistoryRequest(INFY, Interval.M1, DAY, DAY));

        kite.verify(getRequestedFor(urlPathEqualTo(HISTORY_OF_INFY + "minute"))
                .withQueryParam("from", equalTo("2019-12-04 00:00:00"))
                .withQueryParam("to", equalTo("2019-12-04 23:59:59"))
                .withQueryParam("oi", equalTo("1"))
                .withHeader("Authorization", equalTo(AUTHORIZATION)));
        assertEquals(6, candles.size());
        Candle first = candles.get(0);
        // 09:15 at +05:30 is 03:45 UTC.
        assertEquals(Instant.parse("2019-12-04T03:45:00Z"), first.timestamp());
        assertEquals(new BigDecimal("12009.9"), first.open());
        assertEquals(new BigDecimal("12019.35"), first.high());
        assertEquals(new BigDecimal("12001.25"), first.low());
        assertEquals(new BigDecimal("12001.5"), first.close());
        assertEquals(new BigDecimal("163275"), first.volume());
        assertEquals(new BigDecimal("13667775"), first.oi());
        assertEquals(Instant.parse("2019-12-04T03:50:00Z"), candles.get(5).timestamp());
        assertEquals(new BigDecimal("13777050"), candles.get(5).oi());
    }

    @Test
    void candlesWithoutOpenInterestHaveZero() throws Exception {
        kite.stubFor(get(urlPathEqualTo(HISTORY_OF_INFY + "minute"))
                .willReturn(okJson(fixture("historical_minute.json"))));

        List<Candle> candles = capability(HistorySource.class).history(new HistoryRequest(INFY, Interval.M1, DAY, DAY));

        assertEquals(new BigDecimal("2499"), candles.get(0).volume());
        assertEquals(0, candles.get(0).oi().signum());
    }

    @Test
    void aDailyBarStartsAtMidnightInIndia() {
        Candle day = KiteHistory.candle(Json.createReader(
                new StringReader("[\"2017-12-15T00:00:00+0530\", 1704.5, 1705, 1699.25, 1702.8, 2499]")).readArray());

        assertEquals(Instant.parse("2017-12-14T18:30:00Z"), day.timestamp());
    }

    @Test
    void kiteServesItsEightIntervals() throws Exception {
        assertEquals(EnumSet.of(Interval.M1, Interval.M3, Interval.M5, Interval.M10, Interval.M15, Interval.M30,
                Interval.H1, Interval.DAY), capability(HistorySource.class).intervals());
    }

    @ParameterizedTest
    @CsvSource({"M1, minute", "M3, 3minute", "M5, 5minute", "M10, 10minute", "M15, 15minute", "M30, 30minute",
        "H1, 60minute", "DAY, day"})
    void eachIntervalAsksForKitesName(Interval interval, String kiteInterval) throws Exception {
        kite.stubFor(get(urlPathEqualTo(HISTORY_OF_INFY + kiteInterval))
                .willReturn(okJson(fixture("historical_oi.json"))));

        assertEquals(6, capability(HistorySource.class).history(new HistoryRequest(INFY, interval, DAY, DAY)).size());
    }

    @Test
    void otherIntervalsAreNotSupportedAndReachNoKite() {
        BrokerException refused = assertThrows(BrokerException.class, () -> capability(HistorySource.class)
                .history(new HistoryRequest(INFY, Interval.WEEK, DAY, DAY)));

        assertEquals(BrokerException.Reason.NOT_SUPPORTED, refused.reason());
        assertTrue(refused.getMessage().contains("W"), refused.getMessage());
        assertTrue(kite.getAllServeEvents().isEmpty());
    }

    @Test
    void aRangeLongerThanKiteServesAtOnceIsFetchedInChunks() throws Exception {
        kite.stubFor(get(urlPathEqualTo(HISTORY_OF_INFY + "minute")).willReturn(okJson(fixture("historical_oi.json"))));

        // 77 days of minute candles: Kite serves at most 60 days a request.
        List<Candle> candles = capability(HistorySource.class).history(
                new HistoryRequest(INFY, Interval.M1, LocalDate.of(2019, 12, 1), LocalDate.of(2020, 2, 15)));

        kite.verify(2, getRequestedFor(urlPathEqualTo(HISTORY_OF_INFY + "minute")));
        kite.verify(getRequestedFor(urlPathEqualTo(HISTORY_OF_INFY + "minute"))
                .withQueryParam("from", equalTo("2019-12-01 00:00:00"))
                .withQueryParam("to", equalTo("2020-01-29 23:59:59")));
        kite.verify(getRequestedFor(urlPathEqualTo(HISTORY_OF_INFY + "minute"))
                .withQueryParam("from", equalTo("2020-01-30 00:00:00"))
                .withQueryParam("to", equalTo("2020-02-15 23:59:59")));
        assertEquals(12, candles.size());
    }

    @Test
    void aSymbolTheInstrumentListLacksIsRejectedClearly() {
        BrokerException refused = assertThrows(BrokerException.class, () -> capability(HistorySource.class)
                .history(new HistoryRequest(new SymbolRef("NSE", "NOSUCH"), Interval.DAY, DAY, DAY)));

        assertEquals(BrokerException.Reason.REJECTED, refused.reason());
        assertTrue(refused.getMessage().startsWith("Kite lists no instrument NSE:NOSUCH"), refused.getMessage());
        kite.verify(0, getRequestedFor(urlPathMatching("/instruments/historical/.*")));
    }

    @Test
    void kitesOwnTradingsymbolResolvesToo() throws Exception {
        kite.stubFor(get("/instruments/NFO").willReturn(csv(fixture("instruments.csv"))));
        kite.stubFor(get(urlPathEqualTo("/instruments/historical/5720578/day"))
                .willReturn(okJson(fixture("historical_oi.json"))));

        List<Candle> candles = capability(HistorySource.class)
                .history(new HistoryRequest(new SymbolRef("NFO", "NIFTY159500CE"), Interval.DAY, DAY, DAY));

        assertEquals(6, candles.size());
    }

    @Test
    void theInstrumentListIsFetchedOncePerExchangeUntilKitePublishesTheNextDays() throws Exception {
        kite.stubFor(get(urlPathEqualTo(HISTORY_OF_INFY + "day")).willReturn(okJson(fixture("historical_oi.json"))));
        HistorySource history = capability(HistorySource.class);
        HistoryRequest request = new HistoryRequest(INFY, Interval.DAY, DAY, DAY);

        history.history(request);
        clock.advance(Duration.ofHours(12));
        history.history(request);
        kite.verify(1, getRequestedFor(urlEqualTo("/instruments/NSE")));

        // 10:30 in India plus 22 hours is 08:30 the next day, when Kite's new list is out.
        clock.advance(Duration.ofHours(10));
        history.history(request);
        kite.verify(2, getRequestedFor(urlEqualTo("/instruments/NSE")));
    }
}
