package io.logicminer.subtensor.metagraph;

/** Where a chain metagraph's stake ({@code S}) came from. */
public enum StakeSource {
    /** {@code SubnetInfoRuntimeApi.get_subnet_state(netuid).total_stake}: alpha plus root TAO × 0.18 (dynamic TAO). */
    SUBNET_STATE_TOTAL_STAKE,
    /** The neurons' own {@code stake} lists from {@code get_neurons_lite} (runtimes without the subnet-state API). */
    NEURON_STAKE
}
