package io.algogate.broker.kite;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.broker.spi.Action;
import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.OrderEntry;
import io.algogate.broker.spi.OrderRequest;
import io.algogate.broker.spi.PriceType;
import io.algogate.broker.spi.Product;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Orders name instruments the OpenAlgo way; Kite gets its own names for derivatives. */
class KiteOrderSymbolsTest extends KiteStubTestBase {

    private static OrderRequest buy(String exchange, String symbol) {
        return new OrderRequest("s", exchange, symbol, Action.BUY, new BigDecimal("25"), PriceType.MARKET,
                Product.NRML, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    @Test
    void aFutureNamedTheOpenAlgoWayIsSentUnderKitesName() throws Exception {
        kite.stubFor(get("/instruments/NFO").willReturn(csv(fixture("instruments_nfo.csv"))));
        kite.stubFor(post("/orders/regular").willReturn(okJson(fixture("order_placed.json"))));

        capability(OrderEntry.class).placeOrder(buy("NFO", "NIFTY26DEC24FUT"));
        capability(OrderEntry.class).placeOrder(buy("NFO", "NIFTY05DEC2424000CE"));

        kite.verify(postRequestedFor(urlEqualTo("/orders/regular"))
                .withRequestBody(containing("tradingsymbol=NIFTY24DECFUT&exchange=NFO&")));
        kite.verify(postRequestedFor(urlEqualTo("/orders/regular"))
                .withRequestBody(containing("tradingsymbol=NIFTY24D0524000CE&exchange=NFO&")));
        kite.verify(1, getRequestedFor(urlEqualTo("/instruments/NFO")));
    }

    @Test
    void cashEquitiesNeedNoInstrumentList() throws Exception {
        kite.stubFor(post("/orders/regular").willReturn(okJson(fixture("order_placed.json"))));

        capability(OrderEntry.class).placeOrder(buy("NSE", "INFY"));

        kite.verify(postRequestedFor(urlEqualTo("/orders/regular"))
                .withRequestBody(containing("tradingsymbol=INFY&exchange=NSE&")));
        kite.verify(0, getRequestedFor(urlPathMatching("/instruments.*")));
    }

    @Test
    void anUnlistedDerivativeIsRefusedBeforeAnOrderIsSent() {
        kite.stubFor(get("/instruments/NFO").willReturn(csv(fixture("instruments_nfo.csv"))));

        BrokerException refused = assertThrows(BrokerException.class,
                () -> capability(OrderEntry.class).placeOrder(buy("NFO", "NIFTY26DEC24999FUT")));

        assertEquals(BrokerException.Reason.REJECTED, refused.reason());
        kite.verify(0, postRequestedFor(urlEqualTo("/orders/regular")));
    }
}
