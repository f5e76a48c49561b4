package io.algogate.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** TOTP credentials, one per user. */
public interface TotpCredentialRepository {

    Optional<TotpCredential> findByUserId(long userId);

    /** Inserts or updates; never writes {@code last_used_step} (see {@link #markStepUsed}). */
    TotpCredential save(TotpCredential credential);

    /**
     * Atomically records {@code step} as used if it is later than the stored last used step; true
     * only for the one caller that moved it. This is the guard that makes a code single-use even
     * when two verifications of it race.
     */
    boolean markStepUsed(long userId, long step, Instant now);

    void deleteByUserId(long userId);

    /** Every credential, for re-encryption after a key rotation. */
    List<TotpCredential> findAll();
}
