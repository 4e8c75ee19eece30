package io.logicminer.subtensor.chain;

import java.math.BigInteger;
import java.util.Objects;

/**
 * One entry of {@code NeuronInfoRuntimeApi.get_neurons_lite}, as the SDK's {@code NeuronInfoLite} reads it: u16
 * scores normalised to [0, 1] (divided by 65535), balances kept in RAO.
 *
 * @param hotkey        ss58 (prefix 42)
 * @param coldkey       ss58 (prefix 42)
 * @param ownStakeRao   the sum of the neuron's {@code stake} list (coldkey → stake); the pre-dTAO metagraph stake
 * @param emissionRao   emission per tempo in RAO
 * @param lastUpdate    block of the last weight set
 */
public record NeuronLite(int uid, String hotkey, String coldkey, boolean active, boolean validatorPermit,
                         AxonInfo axon, BigInteger ownStakeRao, double rank, double trust, double consensus,
                         double incentive, double dividends, BigInteger emissionRao, double validatorTrust,
                         long lastUpdate, double pruningScore) {

    public NeuronLite {
        Objects.requireNonNull(hotkey, "hotkey");
        Objects.requireNonNull(coldkey, "coldkey");
        Objects.requireNonNull(ownStakeRao, "ownStakeRao");
        Objects.requireNonNull(emissionRao, "emissionRao");
    }
}
