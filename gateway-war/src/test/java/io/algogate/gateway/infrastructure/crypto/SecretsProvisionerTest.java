package io.algogate.gateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.algogate.gateway.infrastructure.config.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsProvisionerTest {

    @TempDir
    Path home;

    private GatewaySecrets provision(Profile profile, Map<String, String> config) {
        return new SecretsProvisioner(home.resolve("secrets"), profile, key -> Optional.ofNullable(config.get(key)))
                .provision("pepper", "key", "salt");
    }

    @Test
    void firstStartGeneratesStrongOwnerOnlySecretsAndLaterStartsReuseThem() throws Exception {
        GatewaySecrets first = provision(Profile.DEVELOPMENT, Map.of());
        GatewaySecrets second = provision(Profile.DEVELOPMENT, Map.of());

        assertTrue(first.generated());
        assertTrue(first.pepper().length() >= 32);
        assertTrue(first.encryptionKey().length() >= 32);
        assertEquals(first.pepper(), second.pepper());
        assertEquals(first.encryptionKey(), second.encryptionKey());
        assertArrayEquals(first.encryptionSalt(), second.encryptionSalt());
        Path secrets = home.resolve("secrets");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)));
        for (String file : new String[] {"pepper", "encryption.key", "encryption.salt"}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets.resolve(file))));
        }
        assertFalse(first.toString().contains(first.pepper()), "toString never shows a secret");
    }

    @Test
    void theAuditKeyIsGeneratedOwnerOnlyOnFirstUseAndKeptInEveryProfile() throws Exception {
        SecretsProvisioner production = new SecretsProvisioner(home.resolve("secrets"), Profile.PRODUCTION,
                key -> Optional.empty());
        byte[] first = production.auditKey();
        byte[] again = new SecretsProvisioner(home.resolve("secrets"), Profile.DEVELOPMENT, key -> Optional.empty())
                .auditKey();

        assertEquals(32, first.length);
        assertArrayEquals(first, again);
        Path file = home.resolve("secrets").resolve("audit.key");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("secrets"))));
    }

    @Test
    void aDamagedAuditKeyFileIsRefused() throws Exception {
        Files.createDirectories(home.resolve("secrets"));
        Files.writeString(home.resolve("secrets").resolve("audit.key"), "not hex at all");
        SecretsProvisioner provisioner = new SecretsProvisioner(home.resolve("secrets"), Profile.DEVELOPMENT,
                key -> Optional.empty());
        IllegalStateException e = assertThrows(IllegalStateException.class, provisioner::auditKey);
        assertTrue(e.getMessage().contains("audit.key"), e.getMessage());
    }

    @Test
    void configuredSecretsWinAndNothingIsWritten() {
        GatewaySecrets secrets = provision(Profile.DEVELOPMENT,
                Map.of("pepper", "c".repeat(32), "key", "d".repeat(32), "salt", "ab".repeat(16)));
        assertFalse(secrets.generated());
        assertEquals("c".repeat(32), secrets.pepper());
        assertFalse(Files.exists(home.resolve("secrets")));
    }

    @Test
    void productionRefusesToStartWithoutConfiguredSecrets() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> provision(Profile.PRODUCTION, Map.of("pepper", "c".repeat(32))));
        assertTrue(e.getMessage().contains("production"), e.getMessage());
        assertFalse(Files.exists(home.resolve("secrets")), "production never generates secrets");
    }

    @Test
    void aShortPepperIsRefusedWithoutEchoingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> provision(Profile.DEVELOPMENT, Map.of("pepper", "short-pepper", "key", "d".repeat(32),
                        "salt", "ab".repeat(16))));
        assertTrue(e.getMessage().contains("at least 32"), e.getMessage());
        assertFalse(e.getMessage().contains("short-pepper"));
    }
}
