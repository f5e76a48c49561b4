package io.algogate.gateway.infrastructure.crypto;

import io.algogate.gateway.infrastructure.config.GatewaySettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The gateway's hashing and encryption, built once from the provisioned secrets. The PBKDF2
 * derivations (600,000 iterations, one per key in the ring) run here once, never per call.
 */
@ApplicationScoped
public class GatewayCrypto {

    @Inject
    GatewaySettings settings;

    private GatewaySecrets secrets;
    private PasswordHasher hasher;
    private SecretCipher cipher;

    /** For CDI, which fills the settings and calls {@link #init()}. */
    public GatewayCrypto() {
    }

    /** Already built parts, for tests that want fast Argon2 parameters or a tiny gate. */
    public GatewayCrypto(GatewaySecrets secrets, PasswordHasher hasher, SecretCipher cipher) {
        this.secrets = secrets;
        this.hasher = hasher;
        this.cipher = cipher;
    }

    /** Fails start-up, with the key named, on Argon2 settings below OWASP's minimum. */
    @PostConstruct
    void init() {
        PasswordHashingSettings hashing = PasswordHashingSettings.from(settings);
        secrets = new SecretsProvisioner(settings.home().resolve("secrets"), settings.profile(), settings::optional)
                .provision(GatewaySettings.PEPPER, GatewaySettings.ENCRYPTION_KEY, GatewaySettings.ENCRYPTION_SALT);
        hasher = new PasswordHasher(secrets.pepper(), hashing.argon2(),
                VerificationGate.perProcessor(hashing.maxWait()));
        List<KeyMaterial> previousKeys = KeyMaterial.parseList(
                settings.optional(GatewaySettings.ENCRYPTION_KEY_PREVIOUS).orElse(""),
                GatewaySettings.ENCRYPTION_KEY_PREVIOUS);
        cipher = new SecretCipher(new KeyMaterial(secrets.encryptionKey(), secrets.encryptionSalt()), previousKeys,
                SecretCipher.ITERATIONS);
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public SecretCipher cipher() {
        return cipher;
    }

    /** An index for a secret that is itself high-entropy (an API key): HMAC keyed with the pepper. */
    public String lookupIndex(String secret) {
        return Digests.hmacSha256Hex(secrets.pepper(), secret);
    }

    public boolean secretsWereGenerated() {
        return secrets.generated();
    }
}
