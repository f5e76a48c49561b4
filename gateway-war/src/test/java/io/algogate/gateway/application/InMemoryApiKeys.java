package io.algogate.gateway.application;

import io.algogate.gateway.domain.ApiKeyRecord;
import io.algogate.gateway.domain.ApiKeyRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rows in a list; counts saves to show they happen once per rotation, or not at all. */
final class InMemoryApiKeys implements ApiKeyRepository {

    final List<ApiKeyRecord> rows = new ArrayList<>();
    int saves;

    @Override
    public Optional<ApiKeyRecord> findByLookupIndex(String lookupIndex) {
        return rows.stream().filter(r -> r.getLookupIndex().equals(lookupIndex)).findFirst();
    }

    @Override
    public ApiKeyRecord add(ApiKeyRecord key) {
        rows.add(key);
        return key;
    }

    @Override
    public Optional<ApiKeyRecord> findByUserId(long userId) {
        return rows.stream().filter(r -> r.getUserId() == userId).findFirst();
    }

    @Override
    public ApiKeyRecord save(ApiKeyRecord key) {
        saves++;
        return key;
    }

    @Override
    public List<ApiKeyRecord> findAll() {
        return List.copyOf(rows);
    }

    @Override
    public void saveEncryptedKeys(List<ApiKeyRecord> changed) {
        saves++;
    }
}
