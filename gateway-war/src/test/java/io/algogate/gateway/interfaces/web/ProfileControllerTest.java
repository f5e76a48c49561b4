package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** What the SMTP test button says when the mail does not go: the server's words, never a stack trace. */
class ProfileControllerTest {

    @Test
    void theCauseOfAFailedConnectionIsNamedOnce() {
        MessagingException refused = new MessagingException("Couldn't connect to host, port: 127.0.0.1, 1",
                new ConnectException("Connection refused"));
        assertEquals("Couldn't connect to host, port: 127.0.0.1, 1 (Connection refused)", ProfileController.reason(refused));
        assertEquals("No SMTP server is configured",
                ProfileController.reason(new MessagingException("No SMTP server is configured")));
        assertEquals("IllegalStateException", ProfileController.reason(new IllegalStateException()));
    }
}
