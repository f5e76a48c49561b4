package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderFormJsonTest {

    @Test
    void copiesOnlyTheSchemasFieldsAsTrimmedStringsAndLeavesBlanksOut() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.putSingle("_csrf", "token");
        form.putSingle("symbol", " SBIN ");
        form.putSingle("quantity", "2");
        form.putSingle("price", "");
        form.putSingle("apikey", "never from a form");

        assertEquals("{\"symbol\":\"SBIN\",\"quantity\":\"2\"}",
                OrderFormJson.of(form, OrderFormJson.PLACE_FIELDS).toString());
    }

    @Test
    void aTicketIsPrefilledWithDefaultsAndWhatTheLinkNames() {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        query.putSingle("symbol", "INFY");
        query.putSingle("action", "SELL");
        query.putSingle("unrelated", "x");
        Map<String, String> values = OrderTicketController.prefilled(query);
        assertEquals("INFY", values.get("symbol"));
        assertEquals("SELL", values.get("action"));
        assertEquals("NSE", values.get("exchange"));
        assertEquals("MARKET", values.get("pricetype"));
        assertEquals(null, values.get("unrelated"));
    }
}
