package io.logicminer.bittensor.policy;

import static org.junit.jupiter.api.Assertions.*;

import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.Neuron;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumePlanTest {

    private static Neuron neuron(int uid, double stake) {
        return new Neuron(uid, "hk" + uid, "", stake, true, true, null);
    }

    private static MinerPolicy policy(int epochVolume) {
        return new MinerPolicy(10_000, true, epochVolume, Duration.ofSeconds(600), 2, 80, "Logic");
    }

    @Test
    void volumeIsSplitByStakeFlooredAndClamped() {
        Metagraph graph = new Metagraph(35, 0, List.of(neuron(0, 100), neuron(1, 30_000), neuron(2, 10_000),
            neuron(3, 960_000)));
        VolumePlan plan = VolumePlan.of(graph, policy(1000));
        assertFalse(plan.includes(0));
        assertEquals(30, plan.limit(1));
        assertEquals(10, plan.limit(2));
        assertEquals(80, plan.limit(3), "clamped to MAX_RATE_LIMIT");
        assertEquals(2, VolumePlan.of(graph, policy(10)).limit(2), "at least MIN_RATE_LIMIT");
        assertEquals(1, plan.limit(0), "outside the plan: the reference's default of 1");
    }

    @Test
    void withNoEligibleStakeEveryoneSharesEqually() {
        Metagraph graph = new Metagraph(35, 0, List.of(neuron(0, 1), neuron(1, 2)));
        VolumePlan plan = VolumePlan.of(graph, policy(50));
        assertEquals(25, plan.limit(0));
        assertEquals(25, plan.limit(1));
    }

    @Test
    void limiterCountsInFixedWindowsFromTheFirstRequest() {
        VolumeLimiter limiter = new VolumeLimiter(Duration.ofSeconds(600));
        long t = 0;
        assertTrue(limiter.tryAcquire(7, 2, t));
        assertTrue(limiter.tryAcquire(7, 2, t + 1));
        assertFalse(limiter.tryAcquire(7, 2, t + 2));
        assertTrue(limiter.tryAcquire(7, 2, t + 601_000_000_000L), "a new window after the interval");
    }
}
