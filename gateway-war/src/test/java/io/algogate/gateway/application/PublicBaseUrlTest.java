package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The public base URL every absolute link starts with: one form, whatever the configuration's slash. */
class PublicBaseUrlTest {

    @Test
    void aTrailingSlashIsDroppedSoAPathCanFollow() {
        assertEquals("https://gateway.example", PublicBaseUrl.normalise("https://gateway.example/"));
        assertEquals("http://localhost:9080", PublicBaseUrl.normalise(" http://localhost:9080 "));
        assertEquals("https://gateway.example/algo", PublicBaseUrl.normalise("https://gateway.example/algo/"));
    }

    @Test
    void aRelativeOrHostlessAddressIsRefused() {
        assertThrows(IllegalStateException.class, () -> PublicBaseUrl.normalise("gateway.example"));
        assertThrows(IllegalStateException.class, () -> PublicBaseUrl.normalise("/app"));
    }
}
