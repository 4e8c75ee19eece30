package io.logicminer.bittensor.axon;

/**
 * Who asked: the validator's metagraph entry at the time of the request.
 *
 * @param uid    metagraph uid
 * @param hotkey SS58 hotkey
 * @param stake  stake in TAO (also the request's priority)
 */
public record ValidatorIdentity(int uid, String hotkey, double stake) {
}
