package io.algogate.gateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.macasaet.fernet.Key;
import com.macasaet.fernet.Token;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tokens made by Python's {@code cryptography} exactly as OpenAlgo makes them
 * ({@code src/test/resources/fernet/make_openalgo_fixtures.py}). The derivation runs 100,000
 * iterations once for the whole class.
 */
class OpenAlgoFernetTest {

    private static JsonObject fixture;
    private static OpenAlgoFernet openAlgo;
    private static KeyDerivations derivations;

    @BeforeAll
    static void loadFixtureAndDeriveOnce() {
        try (InputStream in = OpenAlgoFernetTest.class.getResourceAsStream("/fernet/openalgo_tokens.json");
                var reader = Json.createReader(in)) {
            fixture = reader.readObject();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        derivations = new KeyDerivations();
        openAlgo = new OpenAlgoFernet(fixture.getString("pepper"), fixture.getString("fernetSaltHex"), derivations);
    }

    @Test
    void decryptsEveryTokenPythonMade() {
        Set<String> names = fixture.getJsonArray("tokens").getValuesAs(JsonObject.class).stream()
                .peek(token -> assertEquals(token.getString("plaintext"), openAlgo.decrypt(token.getString("token")),
                        token.getString("name")))
                .map(token -> token.getString("name")).collect(Collectors.toSet());
        assertEquals(Set.of("ascii", "utf8", "empty", "long", "old"), names);
    }

    @Test
    void theOldTokenIsMoreThanADayOldAndStillDecrypts() {
        JsonObject old = fixture.getJsonArray("tokens").getValuesAs(JsonObject.class).stream()
                .filter(token -> token.getString("name").equals("old")).findFirst().orElseThrow();
        Instant madeAt = Token.fromString(old.getString("token")).getTimestamp();
        assertTrue(madeAt.isBefore(Instant.now().minus(Duration.ofDays(1))), "fixture made " + madeAt);
        assertEquals(old.getString("plaintext"), openAlgo.decrypt(old.getString("token")));
    }

    @Test
    void derivesTheSameKeyBytesAsPythonSoOurTokensDecryptThere() {
        assertEquals(OpenAlgoFernet.ITERATIONS, fixture.getInt("iterations"));
        byte[] ours = derivations.derive(fixture.getString("pepper"),
                HexFormat.of().parseHex(fixture.getString("fernetSaltHex")), OpenAlgoFernet.ITERATIONS);
        assertEquals(fixture.getString("derivedKeyHex"), HexFormat.of().formatHex(ours));
        assertEquals(fixture.getString("fernetKey"), openAlgo.fernetKey(),
                "same signing/encryption split as Python's Fernet(urlsafe_b64encode(key))");

        // Decrypted with the key built from Python's own urlsafe-base64 key string, as OpenAlgo would.
        Key pythonKey = new Key(fixture.getString("fernetKey"));
        String token = openAlgo.encrypt("written-by-algogate – ₹");
        assertNotNull(token);
        assertEquals("written-by-algogate – ₹",
                Token.fromString(token).validateAndDecrypt(pythonKey, AtRestTokens.NO_TIME_LIMITS));
        assertEquals(1, derivations.count(), "one derivation for everything above");
    }
}
