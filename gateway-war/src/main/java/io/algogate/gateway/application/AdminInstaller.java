package io.algogate.gateway.application;

import io.algogate.gateway.domain.UserAccount;
import io.algogate.gateway.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The transaction of first-run setup: the admin and its API key are written together or not at all. */
@ApplicationScoped
public class AdminInstaller {

    @Inject
    UserRepository users;

    @Inject
    ApiKeyService apiKeys;

    @Inject
    Clock clock;

    @Transactional
    public AccountService.SetupResult install(String username, String email, String passwordHash) {
        if (users.count() != 0) {
            throw new AccountService.SetupClosedException();
        }
        UserAccount admin = users.add(new UserAccount(username, email, passwordHash, true, clock.instant()));
        String apiKey = apiKeys.issueKey(admin.getId());
        return new AccountService.SetupResult(admin.getId(), admin.getUsername(), apiKey);
    }
}
