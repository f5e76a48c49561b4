package io.algogate.gateway.application;

import io.algogate.gateway.domain.TotpCredential;
import io.algogate.gateway.domain.TotpCredentialRepository;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** TOTP credentials in a map; the step guard is atomic, as the database's conditional UPDATE is. */
final class InMemoryTotpCredentials implements TotpCredentialRepository {

    private final Map<Long, TotpCredential> byUserId = new ConcurrentHashMap<>();

    @Override
    public Optional<TotpCredential> findByUserId(long userId) {
        return Optional.ofNullable(byUserId.get(userId));
    }

    @Override
    public TotpCredential save(TotpCredential credential) {
        byUserId.put(credential.getUserId(), credential);
        return credential;
    }

    @Override
    public synchronized boolean markStepUsed(long userId, long step, Instant now) {
        TotpCredential credential = byUserId.get(userId);
        return credential != null && credential.advanceLastUsedStep(step, now);
    }

    @Override
    public void deleteByUserId(long userId) {
        byUserId.remove(userId);
    }

    @Override
    public java.util.List<TotpCredential> findAll() {
        return java.util.List.copyOf(byUserId.values());
    }
}
