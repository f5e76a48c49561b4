package io.algogate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.it.support.ItServer;
import io.algogate.it.support.Json;
import io.algogate.it.support.RawHttp;
import io.algogate.it.support.WebClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proxy headers are believed only from the trusted proxy (D4: 127.0.0.1 on the IT server). */
class ClientAddressIT {

    @BeforeAll
    static void serverIsUp() {
        ItServer.awaitReady();
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerChangesNothing() {
        String response = RawHttp.get("127.0.0.2", "/__test/whoami", "X-Forwarded-For: 203.0.113.77",
                "X-Real-IP: 203.0.113.78", "CF-Connecting-IP: 203.0.113.79");
        assertEquals(200, RawHttp.status(response), response);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertEquals("127.0.0.2", Json.parse(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1))
                .getString("clientIp"), response);
    }

    @Test
    void fromTheTrustedProxyTheForwardedAddressIsUsed() {
        var whoami = new WebClient("203.0.113.200").send(HttpRequest.newBuilder(ItServer.http("/__test/whoami")).GET());
        assertEquals(200, whoami.statusCode(), whoami.body());
        assertEquals("203.0.113.200", Json.parse(whoami.body()).getString("clientIp"));
    }

    @Test
    void theRightMostUntrustedHopIsTakenAndIpv6ClientsAreGroupedBy64() {
        var chain = new WebClient(null).send(HttpRequest.newBuilder(ItServer.http("/__test/whoami"))
                .header("X-Forwarded-For", "198.51.100.9, 203.0.113.201, 127.0.0.1").GET());
        assertEquals("203.0.113.201", Json.parse(chain.body()).getString("clientIp"), chain.body());

        var ipv6 = new WebClient("2001:db8:1:2:3:4:5:6").send(HttpRequest.newBuilder(ItServer.http("/__test/whoami")).GET());
        assertEquals("2001:db8:1:2::/64", Json.parse(ipv6.body()).getString("clientKey"), ipv6.body());
        var mapped = new WebClient("::ffff:203.0.113.202").send(HttpRequest.newBuilder(ItServer.http("/__test/whoami")).GET());
        assertEquals("203.0.113.202", Json.parse(mapped.body()).getString("clientIp"), mapped.body());
        assertTrue(mapped.statusCode() == 200);
    }
}
