package io.algogate.gateway.application;

import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.domain.UserRepository;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Users in a map; ids are assigned as the database would, through the entity's private field. */
final class InMemoryUsers implements UserRepository {

    private final Map<Long, UserAccount> byId = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong(1);

    @Override
    public long count() {
        return byId.size();
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return byId.values().stream().filter(u -> u.getUsername().equals(username)).findFirst();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public UserAccount add(UserAccount user) {
        long id = nextId.getAndIncrement();
        try {
            Field field = UserAccount.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(user, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        byId.put(id, user);
        return user;
    }

    @Override
    public boolean updatePasswordHash(long userId, String passwordHash) {
        UserAccount user = byId.get(userId);
        if (user == null) {
            return false;
        }
        user.changePasswordHash(passwordHash);
        return true;
    }

    String storedHash(long userId) {
        return byId.get(userId).getPasswordHash();
    }
}
