package io.algogate.gateway.domain;

import java.util.Optional;

/** Users, as the application needs them. */
public interface UserRepository {

    long count();

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findById(long id);

    UserAccount add(UserAccount user);

    /** Stores a new password hash for the user; false when there is no such user. */
    boolean updatePasswordHash(long userId, String passwordHash);
}
