package io.algogate.broker.kite;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Depth;
import io.algogate.broker.spi.DepthLevel;
import io.algogate.broker.spi.DepthSource;
import io.algogate.broker.spi.SymbolRef;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Market depth from Kite's documented full quote. */
class KiteMarketDataTest extends KiteStubTestBase {

    private static final SymbolRef INFY = new SymbolRef("NSE", "INFY");
    private static final DepthLevel EMPTY = new DepthLevel(BigDecimal.ZERO, BigDecimal.ZERO);

    @Test
    void depthMapsTheQuoteFiguresAndFiveLevelsASide() throws Exception {
        kite.stubFor(get(urlPathEqualTo("/quote")).willReturn(okJson(fixture("quote_depth.json"))));

        Depth depth = capability(DepthSource.class).depth(INFY);

        kite.verify(getRequestedFor(urlEqualTo("/quote?i=NSE%3AINFY")));
        assertEquals(INFY, depth.symbol());
        assertEquals(new BigDecimal("1396"), depth.open());
        assertEquals(new BigDecimal("1421.75"), depth.high());
        assertEquals(new BigDecimal("1395.55"), depth.low());
        assertEquals(new BigDecimal("1412.95"), depth.ltp());
        assertEquals(new BigDecimal("5"), depth.ltq());
        assertEquals(new BigDecimal("1389.65"), depth.prevClose());
        assertEquals(new BigDecimal("7360198"), depth.volume());
        assertEquals(new BigDecimal("0"), depth.oi());
        assertEquals(new BigDecimal("0"), depth.totalBuyQuantity());
        assertEquals(new BigDecimal("5191"), depth.totalSellQuantity());
        assertEquals(Collections.nCopies(5, EMPTY), depth.bids());
        assertEquals(5, depth.asks().size());
        assertEquals(new DepthLevel(new BigDecimal("1412.95"), new BigDecimal("5191")), depth.asks().get(0));
        assertEquals(Collections.nCopies(4, EMPTY), depth.asks().subList(1, 5));
    }

    @Test
    void moreThanFiveLevelsAreCutToFive() throws Exception {
        String sixBids = fixture("quote_depth.json").replace("\"buy\": [",
                "\"buy\": [\n          {\"price\": 1412.9, \"quantity\": 12, \"orders\": 2},");
        kite.stubFor(get(urlPathEqualTo("/quote")).willReturn(okJson(sixBids)));

        List<DepthLevel> bids = capability(DepthSource.class).depth(INFY).bids();

        assertEquals(Depth.LEVELS, bids.size());
        assertEquals(new DepthLevel(new BigDecimal("1412.9"), new BigDecimal("12")), bids.get(0));
    }

    @Test
    void anInstrumentKiteLeavesOutIsRejected() {
        kite.stubFor(get(urlPathEqualTo("/quote")).willReturn(okJson("{\"status\": \"success\", \"data\": {}}")));

        BrokerException refused = assertThrows(BrokerException.class,
                () -> capability(DepthSource.class).depth(new SymbolRef("NSE", "NOSUCH")));

        assertEquals(BrokerException.Reason.REJECTED, refused.reason());
        assertEquals("Kite has no depth for NSE:NOSUCH", refused.getMessage());
    }

    @Test
    void depthLevelsOfTheWrongShapeAreUnavailable() {
        kite.stubFor(get(urlPathEqualTo("/quote")).willReturn(okJson(
                fixture("quote_depth.json").replaceFirst("\\{\"price\": 0, \"quantity\": 0, \"orders\": 0}", "42"))));

        BrokerException refused = assertThrows(BrokerException.class,
                () -> capability(DepthSource.class).depth(INFY));

        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
    }
}
