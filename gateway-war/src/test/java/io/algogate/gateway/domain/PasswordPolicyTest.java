package io.algogate.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ab1!xyz|Password must be at least 8 characters long",
        "abcdefg1!|Password must contain at least one uppercase letter",
        "ABCDEFG1!|Password must contain at least one lowercase letter",
        "Abcdefgh!|Password must contain at least one number",
        "Abcdefgh1|Password must contain at least one special character (!@#$%^&*)",
        "Abcdefgh1?|Password must contain at least one special character (!@#$%^&*)",
        "Abcdefgh1_|Password must contain at least one special character (!@#$%^&*)",
    })
    void eachRuleHasItsMessage(String password, String message) {
        assertEquals(Optional.of(message), PasswordPolicy.firstViolation(password));
    }

    @Test
    void theFirstFailingRuleIsReported() {
        assertEquals(Optional.of("Password must be at least 8 characters long"), PasswordPolicy.firstViolation("a"));
        assertEquals(Optional.of("Password must be at least 8 characters long"), PasswordPolicy.firstViolation(null));
    }

    @ParameterizedTest
    @CsvSource({"Abcdefg1!", "Abcdefg1@", "Abcdefg1#", "Abcdefg1$", "Abcdefg1%", "Abcdefg1^", "Abcdefg1&", "Abcdefg1*"})
    void everySpecialCharacterOfTheSetCounts(String password) {
        assertEquals(Optional.empty(), PasswordPolicy.firstViolation(password));
    }

    @Test
    void longPasswordsUpTo128AreAllowedAndLongerOnesRefusedClearly() {
        String base = "Aa1!";
        assertEquals(Optional.empty(), PasswordPolicy.firstViolation(base + "x".repeat(60)));
        assertEquals(Optional.empty(), PasswordPolicy.firstViolation(base + "x".repeat(124)));
        assertEquals(Optional.of("Password must be at most 128 characters long"),
                PasswordPolicy.firstViolation(base + "x".repeat(125)));
    }
}
