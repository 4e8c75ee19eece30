package io.logicminer.bittensor.policy;

import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.Neuron;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests per interval each uid may make, as logicnet/utils/volume_setting.py computes it: {@code epoch_volume} split
 * among the neurons with stake ≥ {@code min_stake} in proportion to stake (each plus 1e-4), floored, then clamped to
 * [{@code MIN_RATE_LIMIT}, {@code MAX_RATE_LIMIT}]. When no neuron has enough stake, every neuron shares equally. A uid
 * outside the plan is refused as "Not enough stake".
 */
public final class VolumePlan {

    private final Map<Integer, Integer> limits;

    private VolumePlan(Map<Integer, Integer> limits) {
        this.limits = Collections.unmodifiableMap(limits);
    }

    /** The plan for {@code metagraph} under {@code policy}. */
    public static VolumePlan of(Metagraph metagraph, MinerPolicy policy) {
        List<Neuron> eligible = new ArrayList<>();
        for (Neuron neuron : metagraph.neurons()) {
            if (neuron.stake() >= policy.minStake()) {
                eligible.add(neuron);
            }
        }
        boolean equalShares = eligible.isEmpty();
        if (equalShares) {
            eligible = metagraph.neurons();
        }
        double total = 0;
        for (Neuron neuron : eligible) {
            total += (equalShares ? 0 : neuron.stake()) + 1e-4;
        }
        Map<Integer, Integer> limits = new HashMap<>();
        for (Neuron neuron : eligible) {
            double share = ((equalShares ? 0 : neuron.stake()) + 1e-4) / total;
            int volume = (int) Math.floor(policy.epochVolume() * share);
            limits.put(neuron.uid(), Math.min(policy.maxPerValidator(), Math.max(policy.minPerValidator(), volume)));
        }
        return new VolumePlan(limits);
    }

    /** Whether {@code uid} is served at all. */
    public boolean includes(int uid) {
        return limits.containsKey(uid);
    }

    /** Requests per interval for {@code uid}; 1 for a uid outside the plan (the reference's default). */
    public int limit(int uid) {
        return limits.getOrDefault(uid, 1);
    }

    /** uid → limit. */
    public Map<Integer, Integer> limits() {
        return limits;
    }
}
