package io.algogate.gateway.domain;

import java.util.Optional;

/** API keys, found by their lookup index. */
public interface ApiKeyRepository {

    Optional<ApiKeyRecord> findByLookupIndex(String lookupIndex);

    ApiKeyRecord add(ApiKeyRecord key);
}
