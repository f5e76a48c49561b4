package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.AccountRecoveryRepository;
import io.algogate.gateway.domain.PasswordResetToken;
import io.algogate.gateway.domain.SmtpSettings;
import io.algogate.gateway.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** SMTP settings, reset tokens and password updates in the main database. */
@ApplicationScoped
@Transactional
public class JpaAccountRecoveryRepository implements AccountRecoveryRepository {

    @PersistenceContext(unitName = "gateway")
    EntityManager em;

    @Override
    public Optional<SmtpSettings> smtpSettings() {
        return Optional.ofNullable(em.find(SmtpSettings.class, SmtpSettings.SINGLETON_ID));
    }

    @Override
    public SmtpSettings saveSmtpSettings(SmtpSettings settings) {
        return em.merge(settings);
    }

    @Override
    public PasswordResetToken addToken(PasswordResetToken token) {
        em.persist(token);
        return token;
    }

    @Override
    public Optional<PasswordResetToken> findTokenByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM PasswordResetToken t WHERE t.tokenHash = :hash", PasswordResetToken.class)
                .setParameter("hash", tokenHash).getResultStream().findFirst();
    }

    @Override
    public PasswordResetToken saveToken(PasswordResetToken token) {
        return em.merge(token);
    }

    @Override
    public Optional<UserAccount> findUserByEmail(String email) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE LOWER(u.email) = :email", UserAccount.class)
                .setParameter("email", email.toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }
}
