package io.logicminer.bittensor.policy;

import io.logicminer.bittensor.metagraph.Neuron;

/**
 * The reference miner's blacklist for {@code LogicSynapse}, cheapest check first: unknown hotkey, stake (outside the
 * {@link VolumePlan}), and optionally no validator permit. Returns the reason text the reference uses, or null.
 */
public final class Blacklist {

    /** Reason for a hotkey that is not in the metagraph. */
    public static final String UNRECOGNIZED_HOTKEY = "Unrecognized hotkey";
    /** Reason for a neuron outside the volume plan. */
    public static final String NOT_ENOUGH_STAKE = "Not enough stake";
    /** Reason for a neuron without validator permit when one is required. */
    public static final String NO_VALIDATOR_PERMIT = "No validator permit";
    /** Reason for a validator over its volume (the reference reports it as a blacklist too). */
    public static final String LIMIT_EXCEEDED = "Limit exceeded";

    private Blacklist() {
    }

    /** Why {@code neuron} (null when the hotkey is unknown) is refused, or null when it may ask. */
    public static String reason(Neuron neuron, VolumePlan plan, MinerPolicy policy) {
        if (neuron == null) {
            return UNRECOGNIZED_HOTKEY;
        }
        if (!plan.includes(neuron.uid())) {
            return NOT_ENOUGH_STAKE;
        }
        if (policy.requireValidatorPermit() && !neuron.validatorPermit()) {
            return NO_VALIDATOR_PERMIT;
        }
        return null;
    }
}
