package io.algogate.broker.kite;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Funds;
import io.algogate.broker.spi.FundsSource;
import io.algogate.broker.spi.Holding;
import io.algogate.broker.spi.HoldingsSource;
import io.algogate.broker.spi.Position;
import io.algogate.broker.spi.PositionBookSource;
import io.algogate.broker.spi.Product;
import io.algogate.broker.spi.Trade;
import io.algogate.broker.spi.TradeBookSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trades, positions, holdings and funds from Kite's documented answers. */
class KitePortfolioTest extends KiteStubTestBase {

    @Test
    void tradeBookMapsEveryDocumentedTrade() throws Exception {
        kite.stubFor(get("/trades").willReturn(okJson(fixture("trades.json"))));

        List<Trade> trades = capability(TradeBookSource.class).trades();

        kite.verify(getRequestedFor(urlEqualTo("/trades")).withHeader("Authorization", equalTo(AUTHORIZATION)));
        assertEquals(List.of("200000000000000", "500000000000000", "800000000000000", "1100000000000000"),
                trades.stream().map(Trade::orderId).toList());
        Trade sbin = trades.get(0);
        assertEquals("NSE", sbin.exchange());
        assertEquals("SBIN", sbin.symbol());
        assertEquals(Action.BUY, sbin.action());
        assertEquals(Product.CNC, sbin.product());
        assertEquals(new BigDecimal("1"), sbin.quantity());
        assertEquals(new BigDecimal("420.65"), sbin.averagePrice());
        assertEquals(new BigDecimal("420.65"), sbin.tradeValue());
        // fill_timestamp 09:16:39 in India is 03:46:39 UTC.
        assertEquals(Instant.parse("2021-05-31T03:46:39Z"), sbin.tradedAt());
        Trade usdInr = trades.get(1);
        assertEquals("CDS", usdInr.exchange());
        assertEquals("USDINR21JUNFUT", usdInr.symbol());
        assertEquals(Product.MIS, usdInr.product());
        assertEquals(new BigDecimal("72.755"), usdInr.tradeValue());
        assertEquals(Product.NRML, trades.get(3).product());
        assertEquals(Instant.parse("2021-05-31T10:38:41Z"), trades.get(3).tradedAt());
    }

    @Test
    void tradesComeOldestFirstWhateverKitesOrder() throws Exception {
        String reversed = fixture("trades.json")
                .replace("\"fill_timestamp\": \"2021-05-31 09:16:39\"", "\"fill_timestamp\": \"2021-05-31 17:00:00\"");
        kite.stubFor(get("/trades").willReturn(okJson(reversed)));

        List<Trade> trades = capability(TradeBookSource.class).trades();

        assertEquals("200000000000000", trades.get(3).orderId(), "the SBIN trade, moved to 17:00, comes last");
    }

    @Test
    void positionsAreTheNetListWithoutProductsTheGatewayLacks() throws Exception {
        kite.stubFor(get("/portfolio/positions").willReturn(okJson(fixture("positions.json"))));

        List<Position> positions = capability(PositionBookSource.class).positions();

        // SBIN is a cover-order (CO) position, a product OpenAlgo's books do not have: skipped, logged.
        assertEquals(List.of("LEADMINI17DECFUT", "GOLDGUINEA17DECFUT"),
                positions.stream().map(Position::symbol).toList());
        Position lead = positions.get(0);
        assertEquals("MCX", lead.exchange());
        assertEquals(Product.NRML, lead.product());
        assertEquals(new BigDecimal("1"), lead.quantity());
        assertEquals(new BigDecimal("161.05"), lead.averagePrice());
        assertEquals(new BigDecimal("161.05"), lead.ltp());
        assertEquals(new BigDecimal("0"), lead.pnl());
        Position gold = positions.get(1);
        assertEquals(new BigDecimal("0"), gold.quantity(), "net, not the day list's -3");
        assertEquals(new BigDecimal("23355"), gold.ltp());
        assertEquals(new BigDecimal("801"), gold.pnl());
    }

    @Test
    void holdingsCarryPricesPnlAndItsPercentage() throws Exception {
        kite.stubFor(get("/portfolio/holdings").willReturn(okJson(fixture("holdings.json"))));

        List<Holding> holdings = capability(HoldingsSource.class).holdings();

        assertEquals(2, holdings.size());
        Holding aaron = holdings.get(0);
        assertEquals("NSE", aaron.exchange());
        assertEquals("AARON", aaron.symbol());
        assertEquals(Product.CNC, aaron.product());
        assertEquals(new BigDecimal("1"), aaron.quantity(), "the MTF quantity is not a delivery holding");
        assertEquals(new BigDecimal("161"), aaron.averagePrice());
        assertEquals(new BigDecimal("352.95"), aaron.ltp());
        assertEquals(new BigDecimal("191.95"), aaron.pnl());
        // (352.95 - 161) / 161 = 119.2236...%
        assertEquals(new BigDecimal("119.22"), aaron.pnlPercent());
        Holding sbin = holdings.get(1);
        assertEquals("BSE", sbin.exchange());
        assertEquals(new BigDecimal("16"), sbin.quantity());
        assertEquals(new BigDecimal("-629.2999999999993"), sbin.pnl());
        // (762.45 - 801.78125) / 801.78125 = -4.9054...%
        assertEquals(new BigDecimal("-4.91"), sbin.pnlPercent());
    }

    @Test
    void sharesAwaitingDeliveryAreHeldToo() throws Exception {
        kite.stubFor(get("/portfolio/holdings").willReturn(okJson(
                fixture("holdings.json").replaceFirst("\"t1_quantity\": 0", "\"t1_quantity\": 4"))));

        assertEquals(new BigDecimal("5"), capability(HoldingsSource.class).holdings().get(0).quantity());
    }

    @Test
    void fundsAddUpTheEquityAndCommoditySegments() throws Exception {
        kite.stubFor(get("/user/margins").willReturn(okJson(fixture("margins.json"))));

        Funds funds = capability(FundsSource.class).funds();

        kite.verify(getRequestedFor(urlEqualTo("/user/margins")).withHeader("Authorization", equalTo(AUTHORIZATION)));
        // net: 99725.05000000002 (equity) + 100661.7 (commodity)
        assertEquals(new BigDecimal("200386.75000000002"), funds.availableCash());
        assertEquals(0, funds.collateral().signum());
        assertEquals(new BigDecimal("761.7"), funds.m2mRealized());
        assertEquals(0, funds.m2mUnrealized().signum());
        assertEquals(new BigDecimal("145706.55"), funds.utilisedDebits());
    }

    @Test
    void marginsWithoutAnySegmentAreUnavailable() {
        kite.stubFor(get("/user/margins").willReturn(okJson("{\"status\": \"success\", \"data\": {}}")));

        BrokerException refused = assertThrows(BrokerException.class, () -> capability(FundsSource.class).funds());

        assertEquals(BrokerException.Reason.UNAVAILABLE, refused.reason());
    }
}
