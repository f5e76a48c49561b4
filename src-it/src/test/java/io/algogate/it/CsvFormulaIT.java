package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.Admin;
import io.algogate.it.support.Installation;
import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The order log's CSV export never hands a spreadsheet a formula: text a client chose (a strategy name)
 * starting with {@code =} arrives as text. (The instruments CSV shares the cell function; its unit test
 * covers {@code + - @}, tab and CR.)
 */
class CsvFormulaIT {

    private static final String FORMULA = "=HYPERLINK(\"https://evil.example\",\"click\")";
    private static String key;

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
        key = Installation.liveApiKey();
    }

    @Test
    void aStrategyNamedLikeAFormulaIsTextInTheOrderLogCsv() {
        WebClient api = new WebClient();
        String strategy = FORMULA.replace("\"", "\\\"");
        HttpResponse<String> placed = api.postJson("/api/v1/placeorder", "{\"apikey\":\"" + key + "\",\"strategy\":\""
                + strategy + "\",\"exchange\":\"NSE\",\"symbol\":\"ITC\",\"action\":\"BUY\",\"quantity\":\"1\","
                + "\"pricetype\":\"LIMIT\",\"price\":\"150\"}");
        assertEquals(200, placed.statusCode(), placed.body());
        String orderId = Json.parse(placed.body()).getString("orderid");
        try {
            HttpResponse<String> csv = new Admin().browser().get("/admin/api/orderlog.csv?endpoint=placeorder");
            assertEquals(200, csv.statusCode());
            String line = Arrays.stream(csv.body().split("\r\n")).filter(l -> l.contains(orderId)).findFirst()
                    .orElseThrow(() -> new AssertionError("the order is not in the CSV"));
            assertTrue(line.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\","), line);
            assertFalse(line.contains(",\"=") || line.contains(",=") || line.startsWith("\"=") || line.startsWith("="), line);
        } finally {
            api.postJson("/api/v1/cancelorder", "{\"apikey\":\"" + key + "\",\"strategy\":\"it\",\"orderid\":\""
                    + orderId + "\"}");
        }
    }
}
