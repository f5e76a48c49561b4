package io.algogate.gateway.application;

import io.algogate.gateway.domain.ApiKeyRecord;
import io.algogate.gateway.domain.ApiKeyRepository;
import io.algogate.gateway.domain.CredentialMask;
import io.algogate.gateway.infrastructure.cache.ApiKeyVerificationCache;
import io.algogate.gateway.infrastructure.crypto.Digests;
import io.algogate.gateway.infrastructure.crypto.GatewayCrypto;
import io.algogate.gateway.infrastructure.crypto.VerificationBusyException;
import io.algogate.security.filters.ApiKeyVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues and verifies API keys. A key is 64 hex characters from a CSPRNG; verification finds the one
 * candidate row by its HMAC index and confirms it with one Argon2 verification, then remembers the
 * verdict in the {@link ApiKeyVerificationCache}.
 */
@ApplicationScoped
public class ApiKeyService implements ApiKeyVerifier {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiKeyRepository keys;

    @Inject
    GatewayCrypto crypto;

    @Inject
    ApiKeyVerificationCache cache;

    @Inject
    BrokerSessionService brokerSessions;

    @Inject
    Clock clock;

    private final AtomicLong argon2Verifications = new AtomicLong();
    private final AtomicLong keyChecks = new AtomicLong();

    /** Creates the user's key and returns it in clear: the only time it exists in clear. */
    public String issueKey(long userId) {
        String key = newKey();
        keys.add(new ApiKeyRecord(userId, crypto.lookupIndex(key), crypto.hasher().hash(key),
                crypto.cipher().encrypt(key), clock.instant()));
        return key;
    }

    /**
     * Replaces the user's key and returns the new one in clear (shown once). The old key is refused
     * from the next request on: its row is gone and every cached verdict of the user is forgotten.
     */
    public String regenerate(long userId) {
        String key = newKey();
        ApiKeyRecord record = keys.findByUserId(userId)
                .orElseThrow(() -> new IllegalStateException("User " + userId + " has no API key"));
        record.replaceKey(crypto.lookupIndex(key), crypto.hasher().hash(key), crypto.cipher().encrypt(key),
                clock.instant());
        keys.save(record);
        cache.forgetUser(userId);
        return key;
    }

    /** The user's key as every page after its first showing may show it: masked (OpenAlgo's rule). */
    public Optional<String> maskedKey(long userId) {
        return keys.findByUserId(userId).map(record -> CredentialMask.mask(crypto.cipher().decrypt(record.getKeyEncrypted())));
    }

    /**
     * The SHA-256 of the user's key, as the API key filter leaves it on a request: work done for the
     * user without the key in hand (a strategy webhook) spends the same per-key rate-limit budget.
     */
    public Optional<String> keyDigest(long userId) {
        return keys.findByUserId(userId).map(record -> Digests.sha256Hex(crypto.cipher().decrypt(record.getKeyEncrypted())));
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The filter chain's question: is the key valid, and is its user's broker session live? A valid
     * key with an ended broker session is told apart, so the client knows to log in to the broker.
     */
    @Override
    public Verdict verify(String presentedKey) {
        try {
            return verdictOf(presentedKey);
        } catch (VerificationBusyException busy) {
            return Verdict.busy();
        }
    }

    private Verdict verdictOf(String presentedKey) {
        return userOf(presentedKey)
                .map(userId -> brokerSessions.isLive(userId) ? new Verdict(Verdict.Status.VALID, userId)
                        : new Verdict(Verdict.Status.BROKER_SESSION_EXPIRED, userId))
                .orElseGet(Verdict::invalid);
    }

    /** The id of the user the key belongs to, or empty for a key that is not valid. */
    public Optional<Long> userOf(String presentedKey) {
        keyChecks.incrementAndGet();
        String cacheKey = Digests.sha256Hex(presentedKey);
        Optional<ApiKeyVerificationCache.Verdict> remembered = cache.lookup(cacheKey);
        if (remembered.isPresent()) {
            return remembered.get() instanceof ApiKeyVerificationCache.Valid valid
                    ? Optional.of(valid.userId()) : Optional.empty();
        }
        Optional<Long> userId = keys.findByLookupIndex(crypto.lookupIndex(presentedKey))
                .filter(record -> {
                    argon2Verifications.incrementAndGet();
                    return crypto.hasher().verify(presentedKey, record.getKeyHash());
                })
                .map(ApiKeyRecord::getUserId);
        userId.ifPresentOrElse(id -> cache.rememberValid(cacheKey, id), () -> cache.rememberInvalid(cacheKey));
        return userId;
    }

    /** How many keys were checked at all, cached or not: what rate limits must keep down. */
    public long keyChecks() {
        return keyChecks.get();
    }

    /** How many Argon2 verifications key checks have run: the cost the cache saves. */
    public long argon2Verifications() {
        return argon2Verifications.get();
    }
}
