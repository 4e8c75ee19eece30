package io.logicminer.subtensor.metagraph;

import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.MetagraphFile;
import io.logicminer.bittensor.metagraph.MetagraphFileException;
import io.logicminer.bittensor.metagraph.MetagraphSource;
import io.logicminer.bittensor.metagraph.StaticFileMetagraphSource;
import io.logicminer.subtensor.chain.Subtensor;
import io.logicminer.subtensor.chain.SubtensorException;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The metagraph the axon serves, kept in step with the chain: read at start, then re-read every
 * {@code syncInterval} finalized blocks (the reference miner's epoch). Each good read is written to a cache file in
 * the static-file format; a failed read keeps the last good metagraph serving (failures counted, logged once per
 * streak). When the chain is unreachable at start, the cache file is served and its age logged.
 *
 * <p>Finalized heads come from the node's subscription; a periodic tick re-subscribes after the node went away.
 * All reads run on one thread, so syncs never overlap.
 */
public final class ChainMetagraphSource implements MetagraphSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChainMetagraphSource.class);

    private final Subtensor chain;
    private final ChainMetagraphReader reader;
    private final int netuid;
    private final long syncInterval;
    private final Path cacheFile;
    private final Clock clock;
    private final MetagraphSyncMetrics metrics;
    private final ScheduledExecutorService executor;
    private final List<Consumer<ChainMetagraph>> listeners = new CopyOnWriteArrayList<>();

    private volatile Metagraph current;
    private volatile ChainMetagraph lastChainRead;
    private volatile boolean fromCache;
    // Touched on the executor thread only.
    private long lastAttemptBlock = Long.MIN_VALUE;
    private boolean failing;
    private AutoCloseable subscription;

    private ChainMetagraphSource(Subtensor chain, int netuid, long syncInterval, Path cacheFile, Clock clock,
                                 PrometheusRegistry registry) {
        this.chain = chain;
        this.reader = new ChainMetagraphReader(chain);
        this.netuid = netuid;
        this.syncInterval = syncInterval;
        this.cacheFile = cacheFile;
        this.clock = clock;
        this.metrics = new MetagraphSyncMetrics(registry, clock);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "metagraph-sync-" + netuid);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Reads the metagraph now (or, with the chain unreachable, the cache file) and starts following the chain.
     *
     * @param cacheFile    {@code <data dir>/metagraph-<netuid>.json}
     * @param resubscribe  how often to re-subscribe to finalized heads while the node is away
     * @throws SubtensorException when the chain cannot be read and there is no usable cache file
     */
    public static ChainMetagraphSource start(Subtensor chain, int netuid, long syncInterval, Path cacheFile,
                                             Duration resubscribe, Clock clock, PrometheusRegistry registry) {
        Objects.requireNonNull(chain, "chain");
        if (syncInterval < 1) {
            throw new IllegalArgumentException("sync interval must be at least 1 block, got " + syncInterval);
        }
        ChainMetagraphSource source = new ChainMetagraphSource(chain, netuid, syncInterval, cacheFile, clock,
                registry);
        try {
            source.initialRead();
        } catch (RuntimeException e) {
            source.metrics.unregister();
            source.executor.shutdownNow();
            throw e;
        }
        long period = Math.max(1, resubscribe.toMillis());
        source.executor.execute(source::ensureSubscribed);
        source.executor.scheduleWithFixedDelay(source::ensureSubscribed, period, period, TimeUnit.MILLISECONDS);
        return source;
    }

    private void initialRead() {
        try {
            ChainMetagraph read = reader.read(netuid);
            lastAttemptBlock = read.metagraph().block();
            accept(read);
        } catch (SubtensorException e) {
            metrics.failed();
            failing = true;
            if (!Files.isRegularFile(cacheFile)) {
                throw new SubtensorException("cannot read the metagraph of netuid " + netuid + " from the chain ("
                        + e.getMessage() + ") and there is no cache file " + cacheFile + " to start from", e);
            }
            Metagraph cached;
            Instant written;
            try {
                cached = StaticFileMetagraphSource.read(cacheFile);
                written = Files.getLastModifiedTime(cacheFile).toInstant();
            } catch (MetagraphFileException | IOException ex) {
                throw new SubtensorException("cannot read the metagraph of netuid " + netuid + " from the chain ("
                        + e.getMessage() + ") nor from the cache file: " + ex.getMessage(), e);
            }
            if (cached.netuid() != netuid) {
                throw new SubtensorException("cannot read the metagraph of netuid " + netuid + " from the chain ("
                        + e.getMessage() + ") and the cache file " + cacheFile + " holds netuid " + cached.netuid());
            }
            Duration age = Duration.between(written, clock.instant());
            LOG.warn("chain unreachable ({}); serving the cached metagraph {} of block {} ({} neurons), written {} ago",
                    e.getMessage(), cacheFile, cached.block(), cached.neurons().size(), human(age));
            fromCache = true;
            current = cached;
            metrics.served(cached.block(), cached.neurons().size(),
                    cached.neurons().stream().filter(n -> n.validatorPermit()).count(), written);
        }
    }

    @Override
    public Metagraph current() {
        return current;
    }

    /** The last metagraph read from the chain (null while only the cache file has been served). */
    public ChainMetagraph lastChainRead() {
        return lastChainRead;
    }

    /** Whether the metagraph being served came from the cache file (no chain read yet). */
    public boolean servingFromCache() {
        return fromCache;
    }

    /** Failed syncs since start. */
    public long failures() {
        return metrics.failures();
    }

    /** Calls {@code listener} (on the sync thread) after each good read from the chain. */
    public void onChainRead(Consumer<ChainMetagraph> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Re-reads now (on the sync thread) regardless of the block; completes when done. */
    public java.util.concurrent.Future<?> syncNow() {
        return executor.submit(() -> sync(Long.MAX_VALUE));
    }

    /** Waits until everything queued on the sync thread so far has run (tests). */
    void awaitIdle() throws Exception {
        executor.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    private void ensureSubscribed() {
        if (subscription != null) {
            return;
        }
        try {
            subscription = chain.onFinalizedHead(block -> {
                try {
                    executor.execute(() -> onHead(block));
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    // a head arriving while closing
                }
            });
        } catch (SubtensorException e) {
            failedSync(e);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing
        }
    }

    private void onHead(long block) {
        boolean due = failing || fromCache || block - lastAttemptBlock >= syncInterval;
        if (due && block != lastAttemptBlock) {
            sync(block);
        }
    }

    private void sync(long block) {
        lastAttemptBlock = block;
        try {
            ChainMetagraph read = reader.read(netuid);
            lastAttemptBlock = Math.min(block, read.metagraph().block());
            if (failing) {
                LOG.info("metagraph sync of netuid {} works again at block {}", netuid, read.metagraph().block());
            }
            failing = false;
            accept(read);
        } catch (RuntimeException e) {
            failedSync(e);
        }
    }

    private void failedSync(RuntimeException e) {
        metrics.failed();
        if (e instanceof SubtensorException) {
            dropSubscriptionIfGone();
        }
        if (!failing) {
            LOG.warn("metagraph sync of netuid {} failed, still serving block {}: {}", netuid,
                    current == null ? -1 : current.block(), e.getMessage());
            failing = true;
        } else {
            LOG.debug("metagraph sync of netuid {} failed again: {}", netuid, e.getMessage());
        }
    }

    private void dropSubscriptionIfGone() {
        // A failed read usually means the node went away; re-subscribing on the next tick restores the heads.
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // already gone
            }
            subscription = null;
        }
    }

    private void accept(ChainMetagraph read) {
        Metagraph metagraph = read.metagraph();
        lastChainRead = read;
        current = metagraph;
        fromCache = false;
        metrics.served(metagraph.block(), metagraph.neurons().size(), read.validators(), clock.instant());
        LOG.info("metagraph of netuid {} at block {}: {} neurons, {} validators (stake from {})", netuid,
                metagraph.block(), metagraph.neurons().size(), read.validators(),
                read.stakeSource() == StakeSource.SUBNET_STATE_TOTAL_STAKE ? "get_subnet_state total_stake"
                        : "the neurons' own stake: this runtime has no get_subnet_state");
        try {
            MetagraphFile.write(cacheFile, metagraph);
        } catch (UncheckedIOException e) {
            LOG.warn("{}", e.getMessage());
        }
        for (Consumer<ChainMetagraph> listener : listeners) {
            try {
                listener.accept(read);
            } catch (RuntimeException e) {
                LOG.warn("metagraph listener failed: {}", e.toString());
            }
        }
    }

    static String human(Duration age) {
        long s = Math.max(0, age.toSeconds());
        if (s < 120) {
            return s + " s";
        }
        if (s < 7200) {
            return s / 60 + " min";
        }
        if (s < 172800) {
            return s / 3600 + " h";
        }
        return s / 86400 + " days";
    }

    @Override
    public void close() {
        if (executor.isShutdown()) {
            return;
        }
        metrics.unregister();
        executor.execute(this::dropSubscriptionIfGone);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
