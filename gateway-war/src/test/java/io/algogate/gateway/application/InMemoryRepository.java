package io.algogate.gateway.application;

import io.algogate.gateway.domain.ClientKeyed;
import io.algogate.gateway.domain.ClientKeyedRepository;
import io.algogate.gateway.domain.InvalidKeyTrack;
import io.algogate.gateway.domain.InvalidKeyTrackRepository;
import io.algogate.gateway.domain.IpBan;
import io.algogate.gateway.domain.IpBanRepository;
import io.algogate.gateway.domain.NotFoundTrack;
import io.algogate.gateway.domain.NotFoundTrackRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A repository in a map, counting its reads so tests can see what a cache saves. */
class InMemoryRepository<T extends ClientKeyed> implements ClientKeyedRepository<T> {

    private final Map<String, T> byClientKey = new ConcurrentHashMap<>();
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public Optional<T> findByClientKey(String clientKey) {
        reads.incrementAndGet();
        return Optional.ofNullable(byClientKey.get(clientKey));
    }

    @Override
    public T save(T record) {
        byClientKey.put(record.getClientKey(), record);
        return record;
    }

    @Override
    public List<T> findAll() {
        return new ArrayList<>(byClientKey.values());
    }

    static final class Bans extends InMemoryRepository<IpBan> implements IpBanRepository {
    }

    static final class NotFoundTracks extends InMemoryRepository<NotFoundTrack> implements NotFoundTrackRepository {
    }

    static final class InvalidKeyTracks extends InMemoryRepository<InvalidKeyTrack>
            implements InvalidKeyTrackRepository {
    }
}
