package io.algogate.gateway.domain;

import java.util.Optional;

/** Users, as the application needs them. */
public interface UserRepository {

    long count();

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(long id);

    UserAccount add(UserAccount user);
}
