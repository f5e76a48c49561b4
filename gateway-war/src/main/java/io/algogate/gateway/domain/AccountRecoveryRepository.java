package io.algogate.gateway.domain;

import java.util.Optional;

/** What password recovery keeps: the SMTP settings and the reset tokens. */
public interface AccountRecoveryRepository {

    Optional<SmtpSettings> smtpSettings();

    SmtpSettings saveSmtpSettings(SmtpSettings settings);

    PasswordResetToken addToken(PasswordResetToken token);

    Optional<PasswordResetToken> findTokenByHash(String tokenHash);

    PasswordResetToken saveToken(PasswordResetToken token);

    Optional<UserAccount> findUserByEmail(String email);
}
