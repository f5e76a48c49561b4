package io.algogate.gateway.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.domain.ApiKeyRecord;
import io.algogate.gateway.domain.ApiKeyRepository;
import io.algogate.gateway.infrastructure.crypto.KeyMaterial;
import io.algogate.gateway.infrastructure.crypto.SecretCipher;
import io.algogate.gateway.infrastructure.crypto.UnknownEncryptionKeyException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretRotationServiceTest {

    // Few iterations keep the test fast; production's count is SecretCipher.ITERATIONS.
    private static final int FEW = 1_000;
    private static final KeyMaterial OLD_KEY = new KeyMaterial("o".repeat(40), salt("old-salt-16bytes"));
    private static final KeyMaterial NEW_KEY = new KeyMaterial("n".repeat(40), salt("new-salt-16bytes"));
    private static final SecretCipher OLD = new SecretCipher(OLD_KEY, List.of(), FEW);
    private static final SecretCipher RING = new SecretCipher(NEW_KEY, List.of(OLD_KEY), FEW);

    private final InMemoryApiKeys keys = new InMemoryApiKeys();
    private final SecretRotationService service = new SecretRotationService();

    @Test
    void reencryptsRowsUnderPreviousKeysAndLeavesCurrentOnesAlone() {
        keys.add(row(1, OLD.encrypt("key-one")));
        keys.add(row(2, OLD.encrypt("key-two")));
        String alreadyCurrent = RING.encrypt("key-three");
        keys.add(row(3, alreadyCurrent));

        SecretRotationService.Rotation rotation = service.rotate(RING, List.of(column()));

        assertEquals(new SecretRotationService.Rotation(RING.keyId(), 2, Map.of("api_keys.key_encrypted", 2)), rotation);
        assertEquals(List.of("key-one", "key-two", "key-three"),
                keys.rows.stream().map(r -> RING.decrypt(r.getKeyEncrypted())).toList());
        assertTrue(keys.rows.stream().allMatch(r -> RING.isUnderCurrentKey(r.getKeyEncrypted())));
        assertEquals(alreadyCurrent, keys.rows.get(2).getKeyEncrypted(), "untouched, not re-encrypted");
        assertEquals(1, keys.saves, "the changed rows are saved together");

        assertEquals(0, service.rotate(RING, List.of(column())).reencrypted(), "a second run has nothing to do");
        assertEquals(1, keys.saves);
    }

    @Test
    void aRowUnderAnUnknownKeyFailsByKeyIdBeforeAnythingIsWritten() {
        SecretCipher stranger = new SecretCipher(new KeyMaterial("s".repeat(40), salt("strange-salt-16b")), List.of(), FEW);
        String underOld = OLD.encrypt("key-one");
        String unknown = stranger.encrypt("stranger-plaintext");
        keys.add(row(1, underOld));
        keys.add(row(2, unknown));

        UnknownEncryptionKeyException e = assertThrows(UnknownEncryptionKeyException.class,
                () -> service.rotate(RING, List.of(column())));

        assertEquals(stranger.keyId(), e.keyId());
        assertTrue(e.getMessage().contains(stranger.keyId()));
        assertFalse(e.getMessage().contains(unknown.substring(unknown.lastIndexOf(':') + 1)));
        assertEquals(0, keys.saves);
    }

    @Test
    void everyColumnIsRotatedAndCounted() {
        keys.add(row(1, OLD.encrypt("key-one")));
        EncryptedColumn brokerTokens = new EncryptedColumn() {
            @Override
            public String name() {
                return "broker_sessions.token_encrypted";
            }

            @Override
            public int rotate(SecretCipher cipher) {
                return 3;
            }
        };

        SecretRotationService.Rotation rotation = service.rotate(RING, List.of(column(), brokerTokens));

        assertEquals(4, rotation.reencrypted());
        assertEquals(Map.of("api_keys.key_encrypted", 1, "broker_sessions.token_encrypted", 3), rotation.byColumn());
    }

    private ApiKeyEncryptedColumn column() {
        ApiKeyEncryptedColumn column = new ApiKeyEncryptedColumn();
        column.keys = keys;
        return column;
    }

    private static ApiKeyRecord row(long userId, String encrypted) {
        return new ApiKeyRecord(userId, "index-" + userId, "hash-" + userId, encrypted, Instant.EPOCH);
    }

    private static byte[] salt(String sixteen) {
        return sixteen.getBytes(StandardCharsets.US_ASCII);
    }
}
