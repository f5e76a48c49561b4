package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Users in the main database. */
@ApplicationScoped
@Transactional
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public UserAccount add(UserAccount user) {
        em.persist(user);
        em.flush();
        return user;
    }

    @Override
    public boolean updatePasswordHash(long userId, String passwordHash) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            return false;
        }
        user.changePasswordHash(passwordHash);
        return true;
    }
}
