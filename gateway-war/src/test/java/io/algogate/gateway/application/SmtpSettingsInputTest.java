package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.algogate.gateway.domain.SmtpSettings;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SMTP rules the admin API and the profile page share: the first broken rule is named. */
class SmtpSettingsInputTest {

    @Test
    void validSettingsAreTrimmedAndDefaultToStarttls() {
        SmtpSettingsInput input = SmtpSettingsInput.of(" mail.example ", 587, " ", null, " gw@example.com ", null);
        assertEquals(new SmtpSettingsInput("mail.example", 587, null, null, "gw@example.com",
                SmtpSettings.Security.STARTTLS), input);
        assertEquals(SmtpSettings.Security.SSL, SmtpSettingsInput.of("h", 465, "u", "p", "a@b", "ssl").security());
    }

    @Test
    void theFirstBrokenRuleIsNamed() {
        assertRefused("host", "host is required", () -> SmtpSettingsInput.of(" ", 25, null, null, "a@b", "NONE"));
        assertRefused("port", "port must be 1-65535", () -> SmtpSettingsInput.of("h", null, null, null, "a@b", "NONE"));
        assertRefused("port", "port must be 1-65535", () -> SmtpSettingsInput.of("h", 65_536, null, null, "x", "NONE"));
        assertRefused("from", "from must be an e-mail address", () -> SmtpSettingsInput.of("h", 25, null, null, "x", "?"));
        assertRefused("security", "security must be NONE, STARTTLS or SSL",
                () -> SmtpSettingsInput.of("h", 25, null, null, "a@b", "TLS1.3"));
    }

    @Test
    void thePasswordIsNeverPrintedNorAudited() {
        SmtpSettingsInput input = SmtpSettingsInput.of("h", 25, "u", "s3cret", "a@b", "NONE");
        assertFalse(input.toString().contains("s3cret"), input.toString());
        SmtpSettings saved = new SmtpSettings("h", 25, "u", "encrypted-s3cret", "a@b", SmtpSettings.Security.NONE,
                Instant.EPOCH);
        assertEquals("SMTP settings: host h, port 25, security NONE, password set", SmtpSettingsInput.auditDetail(saved));
    }

    private static void assertRefused(String field, String message, Runnable attempt) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, attempt::run);
        assertEquals(Map.of(field, message), refused.fieldErrors());
    }

    @Test
    void aBlankUsernameMeansNoLogin() {
        assertNull(SmtpSettingsInput.of("h", 25, "", "p", "a@b", "NONE").username());
    }
}
