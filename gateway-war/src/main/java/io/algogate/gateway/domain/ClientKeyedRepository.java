package io.algogate.gateway.domain;

import java.util.List;
import java.util.Optional;

/** Records kept one per client key (bans, trackers). */
public interface ClientKeyedRepository<T extends ClientKeyed> {

    Optional<T> findByClientKey(String clientKey);

    /** Inserts a new record or writes a changed one back; returns what is stored. */
    T save(T record);

    /** Every record, for the admin view. */
    List<T> findAll();
}
