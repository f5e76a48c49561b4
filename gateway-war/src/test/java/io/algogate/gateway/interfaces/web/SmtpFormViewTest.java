package io.algogate.gateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SMTP form's values: the password is write-only, whatever happens. */
class SmtpFormViewTest {

    @Test
    void aRefusedSmtpFormIsShownAsTypedButNeverItsPassword() {
        MultivaluedHashMap<String, String> typed = new MultivaluedHashMap<>();
        typed.add("host", "mail.example");
        typed.add("port", "x");
        typed.add("password", "s3cret");
        SmtpFormView view = SmtpFormView.typed(typed, Optional.empty());
        assertEquals("mail.example", view.getHost());
        assertEquals("x", view.getPort());
        assertEquals(false, view.isPasswordSet());
        assertEquals(false, view.isConfigured());
        SmtpFormView none = SmtpFormView.stored(Optional.empty());
        assertEquals("587", none.getPort());
        assertEquals("STARTTLS", none.getSecurity());
    }
}
