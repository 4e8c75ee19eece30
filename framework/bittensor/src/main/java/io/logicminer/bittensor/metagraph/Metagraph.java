package io.logicminer.bittensor.metagraph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An immutable snapshot of a subnet's neurons, indexed by hotkey for the axon's per-request lookup.
 */
public final class Metagraph {

    private final int netuid;
    private final long block;
    private final List<Neuron> neurons;
    private final Map<String, Neuron> byHotkey;

    /**
     * @throws IllegalArgumentException when two neurons share a uid or a hotkey
     */
    public Metagraph(int netuid, long block, List<Neuron> neurons) {
        this.netuid = netuid;
        this.block = block;
        this.neurons = List.copyOf(neurons);
        Map<String, Neuron> index = new HashMap<>();
        Set<Integer> uids = new HashSet<>();
        for (Neuron neuron : this.neurons) {
            if (!uids.add(neuron.uid())) {
                throw new IllegalArgumentException("uid " + neuron.uid() + " appears twice");
            }
            if (index.put(neuron.hotkey(), neuron) != null) {
                throw new IllegalArgumentException("hotkey " + neuron.hotkey() + " appears twice (uid " + neuron.uid()
                    + ")");
            }
        }
        this.byHotkey = Map.copyOf(index);
    }

    /** Subnet id (35 for LogicNet). */
    public int netuid() {
        return netuid;
    }

    /** Block the snapshot was taken at. */
    public long block() {
        return block;
    }

    public List<Neuron> neurons() {
        return neurons;
    }

    /** The neuron with {@code hotkey}, or null. */
    public Neuron byHotkey(String hotkey) {
        return hotkey == null ? null : byHotkey.get(hotkey);
    }
}
