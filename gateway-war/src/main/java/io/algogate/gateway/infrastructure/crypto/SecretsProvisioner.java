package io.algogate.gateway.infrastructure.crypto;

import io.algogate.gateway.infrastructure.config.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Finds the gateway's secrets: configured values first; otherwise, outside production, the files in
 * the home's {@code secrets/} directory, generating strong random ones there on the first start
 * (owner-only permissions). Production refuses to start without explicitly configured secrets, so
 * an operator never runs on keys that nobody backed up.
 */
public final class SecretsProvisioner {

    private static final Logger LOG = Logger.getLogger(SecretsProvisioner.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    static final String PEPPER_FILE = "pepper";
    static final String ENCRYPTION_KEY_FILE = "encryption.key";
    static final String ENCRYPTION_SALT_FILE = "encryption.salt";
    static final String AUDIT_KEY_FILE = "audit.key";

    private final Path secretsDir;
    private final Profile profile;
    private final Function<String, Optional<String>> config;

    /**
     * @param secretsDir the home's {@code secrets/} directory
     * @param config looks a configuration key up (blank means absent)
     */
    public SecretsProvisioner(Path secretsDir, Profile profile, Function<String, Optional<String>> config) {
        this.secretsDir = secretsDir;
        this.profile = profile;
        this.config = config;
    }

    public GatewaySecrets provision(String pepperKey, String encryptionKeyKey, String saltKey) {
        Optional<String> pepper = config.apply(pepperKey);
        Optional<String> encryptionKey = config.apply(encryptionKeyKey);
        Optional<String> salt = config.apply(saltKey);
        if (profile == Profile.PRODUCTION && (pepper.isEmpty() || encryptionKey.isEmpty() || salt.isEmpty())) {
            throw new IllegalStateException("The production profile refuses to start without explicitly "
                    + "configured secrets: set " + pepperKey + ", " + encryptionKeyKey + " and " + saltKey
                    + " (generated secrets are for development only)");
        }
        boolean generated = pepper.isEmpty() || encryptionKey.isEmpty() || salt.isEmpty();
        String pepperValue = requireStrong(pepper.orElseGet(() -> fileOrGenerate(PEPPER_FILE, this::randomText)),
                pepper.isPresent() ? pepperKey : fileName(PEPPER_FILE));
        String keyValue = requireStrong(
                encryptionKey.orElseGet(() -> fileOrGenerate(ENCRYPTION_KEY_FILE, this::randomText)),
                encryptionKey.isPresent() ? encryptionKeyKey : fileName(ENCRYPTION_KEY_FILE));
        byte[] saltValue = salt.isPresent()
                ? GatewaySecrets.parseSalt(salt.get(), saltKey)
                : GatewaySecrets.parseSalt(fileOrGenerate(ENCRYPTION_SALT_FILE, this::randomHex),
                        fileName(ENCRYPTION_SALT_FILE));
        return new GatewaySecrets(pepperValue, keyValue, saltValue, generated);
    }

    /**
     * The audit chain's HMAC key (32 random bytes, hex), from {@code secrets/audit.key}, generated there
     * on first use in every profile: it guards the integrity of the audit table, so it must live
     * outside the database, and it has no configuration key so it is never copied into one.
     */
    public byte[] auditKey() {
        Path file = secretsDir.resolve(AUDIT_KEY_FILE);
        String hex = fileOrGenerate(AUDIT_KEY_FILE, this::randomHex);
        try {
            byte[] key = HexFormat.of().parseHex(hex);
            if (key.length < 32) {
                throw new IllegalStateException("The audit key in " + file + " must be at least 32 bytes (64 hex)");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key in " + file + " is not hex", e);
        }
    }

    private static String requireStrong(String value, String source) {
        if (value.length() < GatewaySecrets.MINIMUM_LENGTH) {
            throw new IllegalStateException("The secret from " + source + " must be at least "
                    + GatewaySecrets.MINIMUM_LENGTH + " characters long");
        }
        return value;
    }

    private String fileName(String name) {
        return secretsDir.resolve(name).toString();
    }

    private String fileOrGenerate(String name, java.util.function.Supplier<String> generator) {
        Path file = secretsDir.resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            createOwnerOnlyDirectory(secretsDir);
            String value = generator.get();
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
            } catch (FileAlreadyExistsException raced) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
            LOG.warning(() -> "Generated a new secret into " + file + " (owner-only). Back the secrets "
                    + "directory up with the data: without it, stored keys and tokens cannot be read.");
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
        }
    }

    private static void createOwnerOnlyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        }
        Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
    }

    private String randomText() {
        return RandomTokens.urlSafe(48);
    }

    private String randomHex() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
