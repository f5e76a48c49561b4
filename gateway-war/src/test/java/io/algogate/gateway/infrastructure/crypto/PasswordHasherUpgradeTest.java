package io.algogate.gateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.types.Argon2;
import com.password4j.types.Bcrypt;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** needsRehash, legacy bcrypt and the verification count, with fast Argon2 parameters. */
class PasswordHasherUpgradeTest {

    static final String PEPPER = "p".repeat(32) + "-pepper-for-tests";
    static final Argon2Parameters FAST = new Argon2Parameters(1_024, 2, 1);

    private final PasswordHasher hasher = new PasswordHasher(PEPPER, FAST,
            new VerificationGate(2, Duration.ofSeconds(3)));

    @Test
    void aHashWithTheConfiguredParametersNeedsNoRehash() {
        assertFalse(hasher.needsRehash(hasher.hash("Secret#123")));
    }

    @Test
    void aStrongerHashNeedsNoRehash() {
        String stronger = new PasswordHasher(PEPPER, 2_048, 3, 2).hash("Secret#123");
        assertFalse(hasher.needsRehash(stronger));
    }

    @Test
    void weakerMemoryIterationsOrLanesNeedARehash() {
        assertTrue(hasher.needsRehash(new PasswordHasher(PEPPER, 512, 2, 1).hash("Secret#123")));
        assertTrue(hasher.needsRehash(new PasswordHasher(PEPPER, 1_024, 1, 1).hash("Secret#123")));
        PasswordHasher twoLanes = new PasswordHasher(PEPPER, new Argon2Parameters(1_024, 2, 2),
                new VerificationGate(1, Duration.ofSeconds(3)));
        assertTrue(twoLanes.needsRehash(hasher.hash("Secret#123")));
    }

    @Test
    void anythingButArgon2idNeedsARehash() {
        String argon2i = Password.hash("Secret#123").addRandomSalt(16).addPepper(PEPPER)
                .with(Argon2Function.getInstance(4_096, 3, 1, 32, Argon2.I, 19)).getResult();
        assertTrue(hasher.needsRehash(argon2i));
        assertTrue(hasher.needsRehash(BcryptFunction.getInstance(Bcrypt.B, 4).hash("Secret#123" + PEPPER).getResult()));
        assertTrue(hasher.needsRehash(null));
        assertTrue(hasher.needsRehash("$argon2id$garbage"));
    }

    @Test
    void aLegacyBcryptHashOfPasswordPlusPepperVerifiesInEveryPrefix() {
        for (Bcrypt variant : new Bcrypt[] {Bcrypt.A, Bcrypt.B, Bcrypt.Y}) {
            String legacy = BcryptFunction.getInstance(variant, 4).hash("Secret#123" + PEPPER).getResult();
            assertTrue(legacy.startsWith("$2" + variant.name().toLowerCase() + "$"), legacy);
            assertTrue(hasher.verify("Secret#123", legacy), legacy);
            assertFalse(hasher.verify("Secret#124", legacy), legacy);
        }
    }

    @Test
    void aBcryptHashWithoutThePepperOrWithThePepperFirstDoesNotVerify() {
        BcryptFunction bcrypt = BcryptFunction.getInstance(Bcrypt.B, 4);
        assertFalse(hasher.verify("Secret#123", bcrypt.hash("Secret#123").getResult()));
        assertFalse(hasher.verify("Secret#123", bcrypt.hash(PEPPER + "Secret#123").getResult()));
    }

    @Test
    void eachVerificationIsCountedOnceAndNonHashesAreNotCounted() {
        String argon = hasher.hash("Secret#123");
        String bcrypt = BcryptFunction.getInstance(Bcrypt.B, 4).hash("Secret#123" + PEPPER).getResult();
        assertEquals(0, hasher.verifications());

        hasher.verify("Secret#123", argon);
        hasher.verify("wrong", bcrypt);
        hasher.verify("Secret#123", "not a hash");
        hasher.verify("Secret#123", null);

        assertEquals(2, hasher.verifications());
    }
}
