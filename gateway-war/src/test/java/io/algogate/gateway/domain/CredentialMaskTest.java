package io.algogate.gateway.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class CredentialMaskTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "a          | ********",
        "abcd       | ********",
        "abcde      | abcd********",
        "b3f1c0ffee0123456789abcdef0123456789abcdef0123456789abcdef012345 | b3f1********",
        "'  ab  '   | '  ab********'",
        "ab😀cd     | ab😀c********",
        "😀😀😀😀   | ********",
    })
    void showsTheFirstFourCharactersThenEightStars(String credential, String masked) {
        assertEquals(masked, CredentialMask.mask(credential));
    }

    @ParameterizedTest
    @NullAndEmptySource
    void nothingBecomesEightStars(String credential) {
        assertEquals("********", CredentialMask.mask(credential));
    }
}
