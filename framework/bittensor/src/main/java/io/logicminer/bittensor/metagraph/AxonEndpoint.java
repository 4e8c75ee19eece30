package io.logicminer.bittensor.metagraph;

/** Where a neuron serves its axon, as registered on chain. */
public record AxonEndpoint(String ip, int port) {
}
