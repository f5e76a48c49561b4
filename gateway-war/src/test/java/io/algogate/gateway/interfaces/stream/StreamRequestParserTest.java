package io.algogate.gateway.interfaces.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.broker.spi.StreamMode;
import io.algogate.broker.spi.SymbolRef;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StreamRequestParserTest {

    private static final SymbolRef SBIN = new SymbolRef("NSE", "SBIN");

    @Test
    void authenticateTakesApiKeyOrApikeyAndHidesItFromToString() throws Exception {
        StreamRequest.Authenticate auth = (StreamRequest.Authenticate) StreamRequestParser.parse(
                "{\"action\":\"authenticate\",\"api_key\":\"k1\"}");
        assertEquals("k1", auth.apiKey());
        assertFalse(auth.toString().contains("k1"));
        assertEquals("k2", ((StreamRequest.Authenticate) StreamRequestParser.parse(
                "{\"type\":\"authenticate\",\"apikey\":\"k2\"}")).apiKey());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1|LTP", "2|QUOTE", "3|DEPTH", "\"ltp\"|LTP", "\"Quote\"|QUOTE", "\"DEPTH\"|DEPTH", "\"2\"|QUOTE"})
    void modesAreNumbersOrNamesInAnyCase(String mode, StreamMode expected) throws Exception {
        StreamRequest.Subscribe subscribe = (StreamRequest.Subscribe) StreamRequestParser.parse(
                "{\"action\":\"subscribe\",\"symbol\":\"sbin\",\"exchange\":\"NSE\",\"mode\":" + mode + "}");
        assertEquals(expected, subscribe.mode());
        assertEquals(List.of(SBIN), subscribe.symbols());
    }

    @Test
    void subscribeTakesAListOfSymbolsWithDepthFiveAndDefaultsToQuote() throws Exception {
        StreamRequest.Subscribe subscribe = (StreamRequest.Subscribe) StreamRequestParser.parse(
                "{\"action\":\"subscribe\",\"symbols\":[{\"symbol\":\"SBIN\",\"exchange\":\"NSE\"},"
                        + "{\"symbol\":\"INFY\",\"exchange\":\"NSE\"}],\"depth\":5}");
        assertEquals(List.of(SBIN, new SymbolRef("NSE", "INFY")), subscribe.symbols());
        assertEquals(StreamMode.QUOTE, subscribe.mode());
    }

    @Test
    void unsubscribeTakesAModePerSymbolOrNoneForAll() throws Exception {
        StreamRequest.Unsubscribe unsubscribe = (StreamRequest.Unsubscribe) StreamRequestParser.parse(
                "{\"action\":\"unsubscribe\",\"symbols\":[{\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"mode\":1},"
                        + "{\"symbol\":\"INFY\",\"exchange\":\"NSE\"}]}");
        assertEquals(List.of(new StreamRequest.Unsubscribe.Topic(SBIN, StreamMode.LTP),
                new StreamRequest.Unsubscribe.Topic(new SymbolRef("NSE", "INFY"), null)), unsubscribe.topics());
    }

    @Test
    void theOtherActions() throws Exception {
        assertInstanceOf(StreamRequest.UnsubscribeAll.class, StreamRequestParser.parse("{\"action\":\"unsubscribe_all\"}"));
        assertInstanceOf(StreamRequest.SubscribeOrders.class, StreamRequestParser.parse("{\"action\":\"subscribe_orders\"}"));
        assertInstanceOf(StreamRequest.UnsubscribeOrders.class,
                StreamRequestParser.parse("{\"action\":\"unsubscribe_orders\"}"));
        assertInstanceOf(StreamRequest.Ping.class, StreamRequestParser.parse("{\"action\":\"ping\"}"));
        assertInstanceOf(StreamRequest.BrokerInfo.class, StreamRequestParser.parse("{\"action\":\"get_broker_info\"}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json|INVALID_JSON",
            "[1]|INVALID_JSON",
            "{}|INVALID_ACTION",
            "{\"action\":\"launch\"}|INVALID_ACTION",
            "{\"action\":\"authenticate\"}|INVALID_PARAMETERS",
            "{\"action\":\"authenticate\",\"api_key\":7}|INVALID_PARAMETERS",
            "{\"action\":\"subscribe\",\"symbol\":\"SBIN\"}|INVALID_PARAMETERS",
            "{\"action\":\"subscribe\",\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"mode\":4}|INVALID_PARAMETERS",
            "{\"action\":\"subscribe\",\"symbol\":\"SBIN\",\"exchange\":\"NSE\",\"depth\":20}|INVALID_PARAMETERS",
            "{\"action\":\"subscribe\",\"symbols\":[]}|INVALID_PARAMETERS",
            "{\"action\":\"subscribe\",\"symbols\":[\"SBIN\"]}|INVALID_PARAMETERS",
    })
    void refusalsCarryOpenAlgosCodes(String message, String code) {
        StreamProtocolException refused = assertThrows(StreamProtocolException.class,
                () -> StreamRequestParser.parse(message));
        assertEquals(code, refused.code());
    }

    @ParameterizedTest
    @ValueSource(ints = {1001})
    void aMessageNamesAtMostAThousandSymbols(int count) {
        String symbols = String.join(",", java.util.Collections.nCopies(count,
                "{\"symbol\":\"SBIN\",\"exchange\":\"NSE\"}"));
        StreamProtocolException refused = assertThrows(StreamProtocolException.class, () -> StreamRequestParser.parse(
                "{\"action\":\"subscribe\",\"symbols\":[" + symbols + "]}"));
        assertEquals(StreamProtocolException.LIMIT_EXCEEDED, refused.code());
    }
}
