package io.logicminer.subtensor.metagraph;

import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.StaticFileMetagraphSource;
import io.logicminer.subtensor.chain.InMemorySubtensor;
import io.logicminer.subtensor.chain.SubtensorException;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static io.logicminer.subtensor.metagraph.ChainMetagraphReaderTest.ALICE;
import static io.logicminer.subtensor.metagraph.ChainMetagraphReaderTest.BOB;
import static io.logicminer.subtensor.metagraph.ChainMetagraphReaderTest.CHARLIE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChainMetagraphSourceTest {

    @TempDir
    Path dir;

    private final InMemorySubtensor chain = new InMemorySubtensor();
    private final PrometheusRegistry registry = new PrometheusRegistry();

    private ChainMetagraphSource start(Duration resubscribe) {
        return ChainMetagraphSource.start(chain, 35, 100, dir.resolve("metagraph-35.json"), resubscribe,
                Clock.systemUTC(), registry);
    }

    private void twoNeurons(long aliceRao) {
        chain.neurons = List.of(InMemorySubtensor.neuron(0, ALICE, BOB, 0, true, null),
                InMemorySubtensor.neuron(1, CHARLIE, BOB, 0, false, null));
        chain.totalStake = Optional.of(List.of(BigInteger.valueOf(aliceRao), BigInteger.valueOf(1_000_000_000)));
    }

    @Test
    void resyncsEveryIntervalOfFinalizedBlocksAndWritesTheCacheFile() throws Exception {
        twoNeurons(20_000_000_000_000L);
        try (ChainMetagraphSource source = start(Duration.ofHours(1))) {
            assertEquals(1000, source.current().block());
            assertEquals(20_000.0, source.current().byHotkey(ALICE).stake(), 1e-9);
            Metagraph cached = StaticFileMetagraphSource.read(dir.resolve("metagraph-35.json"));
            assertEquals(2, cached.neurons().size());
            assertEquals(20_000.0, cached.byHotkey(ALICE).stake(), 1e-9);
            awaitSubscribed();

            twoNeurons(30_000_000_000_000L);
            chain.head(1050);
            source.awaitIdle();
            assertEquals(1000, source.current().block(), "not due before sync_interval blocks");
            assertEquals(1, chain.reads);

            chain.head(1100);
            source.awaitIdle();
            assertEquals(1100, source.current().block());
            assertEquals(30_000.0, source.current().byHotkey(ALICE).stake(), 1e-9, "the axon sees the new stake");
            assertEquals(30_000.0, StaticFileMetagraphSource.read(dir.resolve("metagraph-35.json"))
                    .byHotkey(ALICE).stake(), 1e-9);
            assertEquals(1100.0, gauge("logicminer_metagraph_last_sync_block"));
            assertEquals(2.0, gauge("logicminer_metagraph_neurons"));
            assertEquals(1.0, gauge("logicminer_metagraph_validators"));
        }
    }

    @Test
    void aFailedSyncKeepsTheLastGoodMetagraph() throws Exception {
        twoNeurons(5_000_000_000L);
        try (ChainMetagraphSource source = start(Duration.ofMillis(20))) {
            awaitSubscribed();
            Metagraph good = source.current();
            chain.down = true;
            chain.head(1100);
            source.awaitIdle();
            assertSame(good, source.current());
            assertEquals(1, source.failures());
            assertEquals(1.0, counter("logicminer_metagraph_sync_failures"));

            chain.down = false;
            awaitSubscribed(); // the failed read dropped the subscription; the tick restores it
        }
    }

    @Test
    void aRecoveredNodeIsReadAtTheNextHeadAfterAFailure() throws Exception {
        twoNeurons(5_000_000_000L);
        try (ChainMetagraphSource source = start(Duration.ofMillis(20))) {
            awaitSubscribed();
            chain.down = true;
            chain.head(1100);
            source.awaitIdle();
            chain.down = false;
            awaitSubscribed();
            chain.head(1101); // only one block later: a failing source retries at once
            source.awaitIdle();
            assertEquals(1101, source.current().block());
        }
    }

    @Test
    void startsFromTheCacheFileWhenTheChainIsDownThenFollowsTheChain() throws Exception {
        twoNeurons(5_000_000_000L);
        try (ChainMetagraphSource first = start(Duration.ofHours(1))) {
            assertEquals(1000, first.current().block());
        }
        Files.setLastModifiedTime(dir.resolve("metagraph-35.json"),
                FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        chain.down = true;
        chain.block = 1300;
        try (ChainMetagraphSource source = start(Duration.ofMillis(20))) {
            assertTrue(source.servingFromCache());
            assertNull(source.lastChainRead());
            assertEquals(1000, source.current().block());
            assertNotNullAlice(source.current());
            double age = gauge("logicminer_metagraph_last_sync_age_seconds");
            assertTrue(age >= 3 * 3600 - 60, "age from the file's time, got " + age);

            chain.down = false;
            awaitSubscribed();
            chain.head(1301);
            source.awaitIdle();
            assertFalse(source.servingFromCache());
            assertEquals(1301, source.current().block());
        }
    }

    @Test
    void noChainAndNoCacheIsAnErrorNamingBoth() {
        chain.down = true;
        SubtensorException e = assertThrows(SubtensorException.class, () -> start(Duration.ofHours(1)));
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
        assertTrue(e.getMessage().contains("metagraph-35.json"), e.getMessage());
    }

    private static void assertNotNullAlice(Metagraph m) {
        assertTrue(m.byHotkey(ALICE) != null, "alice in the cached metagraph");
    }

    private void awaitSubscribed() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (chain.subscribers() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never subscribed to finalized heads");
            }
            Thread.sleep(5);
        }
    }

    private double gauge(String name) {
        for (MetricSnapshot s : registry.scrape()) {
            if (s instanceof GaugeSnapshot g && g.getMetadata().getName().equals(name)) {
                return g.getDataPoints().get(0).getValue();
            }
        }
        throw new AssertionError("no gauge " + name);
    }

    private double counter(String name) {
        for (MetricSnapshot s : registry.scrape()) {
            if (s instanceof CounterSnapshot c && c.getMetadata().getName().equals(name)) {
                return c.getDataPoints().get(0).getValue();
            }
        }
        throw new AssertionError("no counter " + name);
    }
}
