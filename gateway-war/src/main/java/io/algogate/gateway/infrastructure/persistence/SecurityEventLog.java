package io.algogate.gateway.infrastructure.persistence;

import io.algogate.gateway.domain.AuditChain;
import io.algogate.gateway.domain.SecurityEvent;
import io.algogate.gateway.infrastructure.config.GatewaySettings;
import io.algogate.gateway.infrastructure.crypto.SecretsProvisioner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit trail: writes security events to the logs database, each in a transaction of its own
 * (D10), so a failed business transaction still leaves its trace and the two databases never share a
 * transaction. Never dropped: the write is synchronous and its failure reaches the caller.
 *
 * <p>Each row is chained to the previous one by an HMAC ({@link AuditChain}). Appends are serialised:
 * in this process by a fair lock held until the row's transaction has committed, so the next append
 * reads it as the head; across gateways sharing the logs database by the unique chain sequence, which
 * refuses the second of two rows racing for one place (that append reads the new head and tries again).
 * So the chain never forks.
 */
@ApplicationScoped
public class SecurityEventLog {

    private static final Logger LOG = Logger.getLogger(SecurityEventLog.class.getName());
    /** Appends racing another gateway for the head; each loser re-reads it, so a few tries suffice. */
    static final int APPEND_ATTEMPTS = 5;
    private static final int VERIFY_PAGE = 500;

    @PersistenceContext(unitName = "logs")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditAppender appender;

    @Inject
    GatewaySettings settings;

    private final ReentrantLock appendLock = new ReentrantLock(true);
    /** Made from the key on first use; package-private for tests, which bring their own. */
    volatile AuditChain chain;

    public void record(SecurityEvent.Type type, String username, String clientIp) {
        record(type, username, clientIp, null);
    }

    /**
     * Appends the event to the chain and returns once it is committed.
     *
     * @param detail what the event concerned, for the admin; never a secret
     */
    public void record(SecurityEvent.Type type, String username, String clientIp, String detail) {
        String user = truncate(username, 64);
        String address = truncate(clientIp, 64);
        String about = truncate(detail, SecurityEvent.DETAIL_LENGTH);
        appendLock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    // Milliseconds: every supported database stores them exactly, so the MAC still matches.
                    appender.append(chain(), clock.instant().truncatedTo(ChronoUnit.MILLIS), type, user, address,
                            about);
                    break;
                } catch (RuntimeException e) {
                    if (attempt >= APPEND_ATTEMPTS) {
                        LOG.log(Level.SEVERE, "Could not append the security event " + type + " to the audit trail",
                                e);
                        throw e;
                    }
                    LOG.log(Level.FINE, "Audit append raced another writer; retrying", e);
                }
            }
        } finally {
            appendLock.unlock();
        }
        LOG.log(Level.INFO, "Security event {0} for user {1} from {2}", new Object[] {type, user, address});
    }

    /** The newest events first, for the admin's login-activity view. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<SecurityEvent> recent(int limit) {
        return page(0, limit);
    }

    /** A page of the trail, newest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<SecurityEvent> page(int page, int size) {
        return em.createQuery("SELECT e FROM SecurityEvent e ORDER BY e.id DESC", SecurityEvent.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** A page of the events of the given types, newest first: the admin's login activity. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<SecurityEvent> page(Collection<SecurityEvent.Type> types, int page, int size) {
        return em.createQuery("SELECT e FROM SecurityEvent e WHERE e.eventType IN :types ORDER BY e.id DESC",
                        SecurityEvent.class)
                .setParameter("types", types.stream().map(Enum::name).toList())
                .setFirstResult(Math.multiplyExact(page, size)).setMaxResults(size).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM SecurityEvent e", Long.class).getSingleResult();
    }

    /**
     * Reads the trail as it stood when called, in append order, a page at a time, and checks every
     * chained row against the key. Appends carry on meanwhile (logins never wait for a long
     * verification): committed ids rise with the chain sequence, since appends are serialised and
     * a row that lost a race to another gateway never commits, so rows appended later all lie past
     * the newest id read at the start.
     */
    public AuditChain.Verification verify() {
        AuditChain.Verifier verifier = chain().verifier();
        long lastId = appender.newestId();
        long afterId = 0;
        List<SecurityEvent> page;
        do {
            page = appender.pageAfter(afterId, lastId, VERIFY_PAGE);
            for (SecurityEvent event : page) {
                if (event.getSequence() == null && event.getMac() == null) {
                    verifier.unchained(event.getId());
                } else if (event.getSequence() == null) {
                    verifier.check(new AuditChain.Row(event.getId(), new AuditChain.Fields(-1,
                            event.getOccurredAt(), event.getEventType(), event.getUsername(),
                            event.getClientIp(), event.getDetail()), event.getMac()));
                } else {
                    verifier.check(event.toChainRow());
                }
                afterId = event.getId();
            }
        } while (page.size() == VERIFY_PAGE);
        return verifier.result();
    }

    private AuditChain chain() {
        AuditChain current = chain;
        if (current == null) {
            synchronized (this) {
                if (chain == null) {
                    chain = new AuditChain(new SecretsProvisioner(settings.home().resolve("secrets"),
                            settings.profile(), settings::optional).auditKey());
                }
                current = chain;
            }
        }
        return current;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
