package io.algogate.gateway.domain;

import java.util.List;
import java.util.Optional;

/** API keys, found by their lookup index. */
public interface ApiKeyRepository {

    Optional<ApiKeyRecord> findByLookupIndex(String lookupIndex);

    ApiKeyRecord add(ApiKeyRecord key);

    Optional<ApiKeyRecord> findByUserId(long userId);

    /** Stores a key whose every column changed ({@link ApiKeyRecord#replaceKey}). */
    ApiKeyRecord save(ApiKeyRecord key);

    /** Every key, for a pass over all rows (re-encryption after a key rotation). */
    List<ApiKeyRecord> findAll();

    /** Stores the encrypted copies of keys changed with {@link ApiKeyRecord#replaceEncryptedKey}, together. */
    void saveEncryptedKeys(List<ApiKeyRecord> changed);
}
