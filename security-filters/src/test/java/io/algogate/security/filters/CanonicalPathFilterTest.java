package io.algogate.security.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathFilterTest {

    private final ServletFakes.Chain chain = new ServletFakes.Chain();
    private final ServletFakes.Response response = new ServletFakes.Response();

    private void filter(ServletFakes.Request request) throws Exception {
        new CanonicalPathFilter().doFilter(request.build(), response.build(), chain);
    }

    @Test
    void aCanonicalPathPassesUntouched() throws Exception {
        filter(ServletFakes.Request.post("/api/v1/placeorder"));

        assertTrue(chain.called());
    }

    @Test
    void repeatedSlashesAreRedirectedToTheMergedPathKeepingMethodAndQuery() throws Exception {
        filter(ServletFakes.Request.post("//api/v1//placeorder").query("a=1"));

        assertFalse(chain.called(), "the container would route it where the classifier does not look");
        assertEquals(308, response.status, "308 keeps the POST and its body");
        assertEquals("/api/v1/placeorder?a=1", response.header("Location"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/./placeorder", "/api/v1/../v1/placeorder", "/api/v1%2Fplaceorder",
        "/api/v1/%2e%2e/x", "/app%5Clogin"})
    void dotSegmentsAndEncodedSeparatorsAreRefused(String path) throws Exception {
        filter(ServletFakes.Request.post(path));

        assertFalse(chain.called());
        assertEquals(400, response.status);
    }

    @Test
    void anApiRefusalIsInTheApisShape() throws Exception {
        filter(ServletFakes.Request.post("/api/v1/%2e/placeorder"));

        assertEquals("application/json", response.contentType);
    }
}
