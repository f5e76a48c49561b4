package io.algogate.gateway.application;

import io.algogate.broker.spi.BrokerException;
import io.algogate.broker.spi.Instrument;
import io.algogate.broker.spi.InstrumentSink;
import io.algogate.broker.spi.InstrumentSource;
import io.algogate.broker.spi.InstrumentType;
import io.algogate.gateway.domain.GatewaySetting;
import io.algogate.gateway.domain.GatewaySettingRepository;
import io.algogate.gateway.domain.InstrumentRecord;
import io.algogate.gateway.domain.InstrumentRepository;
import io.algogate.gateway.infrastructure.plugins.BrokerPluginHost;
import io.algogate.gateway.infrastructure.plugins.ContextClassLoaderAdapter;
import io.algogate.gateway.infrastructure.plugins.InstrumentSinkFactory;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The host's instrument master (OpenAlgo's master contract, D9): the active broker streams it into a
 * {@link StagedSink}, batch by batch into a new generation of rows; {@code done()} makes that
 * generation current and drops the others, so a download that breaks off leaves the previous master
 * in place. Downloads run in the background, one at a time, after a broker login or on the admin's
 * request.
 */
@ApplicationScoped
public class InstrumentMasterService implements InstrumentSinkFactory {

    private static final Logger LOG = Logger.getLogger(InstrumentMasterService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The setting that names the current generation: {@code generation|broker|count|completedAt}. */
    static final String CURRENT = "instrument-master";
    /** Rows written per transaction. */
    static final int BATCH = 1_000;

    /** Where a download stands. */
    public enum Phase { NONE, DOWNLOADING, SUCCESS, ERROR }

    /** The master as the admin sees it: the last download's outcome and the current master's size. */
    public record Status(Phase phase, String brokerId, long count, Instant completedAt, String error) {
    }

    /** The current generation, as recorded when its download completed. */
    private record Current(long generation, String brokerId, long count, Instant completedAt) {
        static Optional<Current> parse(String value) {
            String[] parts = value.split("\\|", -1);
            if (parts.length != 4) {
                return Optional.empty();
            }
            return Optional.of(new Current(Long.parseLong(parts[0]), parts[1], Long.parseLong(parts[2]),
                    Instant.parse(parts[3])));
        }

        String format() {
            return generation + "|" + brokerId + "|" + count + "|" + completedAt;
        }
    }

    @Inject
    InstrumentRepository instruments;

    @Inject
    GatewaySettingRepository settings;

    @Inject
    BrokerPluginHost brokers;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Status lastAttempt;

    /**
     * Starts a download of the active broker's master in the background, unless one is running.
     * Returns false when the active broker has no master to give.
     */
    public boolean refreshInBackground() {
        InstrumentSource source;
        try {
            source = brokers.activeAdapter().capability(InstrumentSource.class);
        } catch (BrokerException notSupported) {
            return false;
        }
        if (!running.compareAndSet(false, true)) {
            return true;
        }
        String brokerId = brokers.activePlugin().id();
        lastAttempt = new Status(Phase.DOWNLOADING, brokerId, 0, null, null);
        try {
            executor.execute(() -> {
                try {
                    download(brokerId, source);
                } finally {
                    running.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            running.set(false);
            throw rejected;
        }
        return true;
    }

    /**
     * OpenAlgo's smart download: starts a background download only when the master is missing, empty,
     * from another broker or older than the day's cut-off ({@link MasterDownloadPolicy}). Called at
     * start-up and when the admin changes the broker, so the default sandbox has its master without
     * any manual step. Returns whether a download was started (or was already running).
     */
    public boolean refreshIfStale() {
        if (brokers.activePlugin() == null) {
            return false;
        }
        Optional<Current> master = current();
        boolean stale = MasterDownloadPolicy.shouldDownload(master.map(Current::brokerId).orElse(null),
                master.map(Current::count).orElse(0L), master.map(Current::completedAt).orElse(null),
                brokers.activePlugin().id(), clock.instant(), MasterDownloadPolicy.IST,
                MasterDownloadPolicy.INDIAN_CUTOFF);
        if (!stale) {
            LOG.info(() -> "Instrument master from " + master.get().brokerId() + " is current (" + master.get().count()
                    + " instruments, completed " + master.get().completedAt() + "); no download");
            return false;
        }
        return refreshInBackground();
    }

    /**
     * The strikes listed for an underlying's options of one expiry and type on an exchange, in
     * ascending order (the chain the options routes pick from).
     */
    public java.util.List<java.math.BigDecimal> strikes(String exchange, String underlying, java.time.LocalDate expiry,
            io.algogate.broker.spi.InstrumentType type) {
        return current().map(c -> instruments.strikes(c.generation(), exchange, underlying, expiry, type.name()))
                .orElse(java.util.List.of());
    }

    /** Runs one download on the calling thread. */
    void download(String brokerId, InstrumentSource source) {
        StagedSink sink = newSink(brokerId);
        try {
            source.streamInstruments(sink);
            if (!sink.completed) {
                throw new BrokerException(BrokerException.Reason.UNAVAILABLE,
                        "the broker's instrument list ended without being marked complete");
            }
            lastAttempt = new Status(Phase.SUCCESS, brokerId, sink.count, clock.instant(), null);
            LOG.info(() -> "Instrument master from " + brokerId + ": " + sink.count + " instruments");
        } catch (BrokerException | RuntimeException e) {
            sink.discard();
            lastAttempt = new Status(Phase.ERROR, brokerId, 0, clock.instant(), e.getMessage());
            LOG.warning(() -> "Instrument master download from " + brokerId + " failed; the previous master stays: "
                    + e.getMessage());
        }
    }

    @Override
    public StagedSink newSink(String brokerId) {
        return new StagedSink(RANDOM.nextLong() & Long.MAX_VALUE, brokerId);
    }

    /** The last download's outcome if it did not succeed (or still runs), else the current master. */
    public Status status() {
        Status attempt = lastAttempt;
        if (attempt != null && attempt.phase() != Phase.SUCCESS) {
            return attempt;
        }
        return current().map(c -> new Status(Phase.SUCCESS, c.brokerId(), c.count(), c.completedAt(), null))
                .orElse(new Status(Phase.NONE, "", 0, null, null));
    }

    /** The instrument of an OpenAlgo symbol on an exchange in the current master. */
    public Optional<Instrument> find(String exchange, String symbol) {
        return current().flatMap(c -> instruments.find(c.generation(), exchange, symbol))
                .map(InstrumentRecord::toInstrument);
    }

    /** The instrument of a symbol with its row id, for the symbol endpoint. */
    public Optional<ListedInstrument> listed(String exchange, String symbol) {
        return current().flatMap(c -> instruments.find(c.generation(), exchange, symbol)).map(InstrumentMasterService::listed);
    }

    /** Instruments whose symbol or name contains the text, on one exchange or all (null), at most {@code limit}. */
    public List<ListedInstrument> search(String text, String exchange, int limit) {
        return current().map(c -> instruments.search(c.generation(), text, exchange, limit)).orElse(List.of())
                .stream().map(InstrumentMasterService::listed).toList();
    }

    /** The expiries of an underlying's contracts of these types on an exchange, ascending. */
    public List<java.time.LocalDate> expiries(String exchange, String underlying, List<InstrumentType> types) {
        List<String> names = types.stream().map(InstrumentType::name).toList();
        return current().map(c -> instruments.expiries(c.generation(), exchange, underlying, names)).orElse(List.of());
    }

    /** The whole current master, or one exchange's part of it. */
    public List<ListedInstrument> list(String exchange) {
        return current().map(c -> instruments.list(c.generation(), exchange)).orElse(List.of()).stream()
                .map(InstrumentMasterService::listed).toList();
    }

    private static ListedInstrument listed(InstrumentRecord row) {
        return new ListedInstrument(row.getId() == null ? 0 : row.getId(), row.toInstrument());
    }

    private Optional<Current> current() {
        return settings.value(CURRENT).flatMap(Current::parse);
    }

    /**
     * One download's rows, written in batches under a generation of their own. A plugin calls it from
     * its own class loader's context, so the writes switch back to the gateway's loader for the
     * persistence provider.
     */
    public final class StagedSink implements InstrumentSink {
        private final long generation;
        private final String brokerId;
        private final List<InstrumentRecord> batch = new ArrayList<>(BATCH);
        private long count;
        private boolean completed;

        StagedSink(long generation, String brokerId) {
            this.generation = generation;
            this.brokerId = brokerId;
        }

        @Override
        public synchronized void accept(Instrument instrument) {
            if (completed) {
                throw new IllegalStateException("this download is already complete");
            }
            batch.add(new InstrumentRecord(generation, brokerId, instrument));
            count++;
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public synchronized void done() {
            if (completed) {
                return;
            }
            flush();
            Current made = new Current(generation, brokerId, count, clock.instant());
            asGateway(() -> {
                settings.put(new GatewaySetting(CURRENT, made.format(), made.completedAt()));
                return instruments.deleteAllBut(generation);
            });
            completed = true;
        }

        /** Drops what this download wrote (and any other stray generation): the current master stays. */
        synchronized void discard() {
            long keep = current().map(Current::generation).orElse(-1L);
            asGateway(() -> instruments.deleteAllBut(keep));
        }

        private void flush() {
            if (!batch.isEmpty()) {
                List<InstrumentRecord> rows = List.copyOf(batch);
                batch.clear();
                asGateway(() -> {
                    instruments.insert(rows);
                    return null;
                });
            }
        }
    }

    private static <T> T asGateway(ContextClassLoaderAdapter.PluginCall<T, RuntimeException> work) {
        return ContextClassLoaderAdapter.withContextLoader(InstrumentMasterService.class.getClassLoader(), work);
    }
}
