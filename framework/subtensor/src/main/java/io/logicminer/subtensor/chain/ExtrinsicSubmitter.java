package io.logicminer.subtensor.chain;

import io.logicminer.bittensor.crypto.Sr25519Keypair;
import io.logicminer.subtensor.metadata.RuntimeMetadata;

import java.time.Duration;

/** Builds, signs and submits {@code serve_axon} and waits for its outcome (the codec's extrinsic builder + RPC). */
public interface ExtrinsicSubmitter {

    ExtrinsicOutcome serveAxon(RuntimeMetadata metadata, Sr25519Keypair hotkey, ServeAxonCall call, Duration timeout);
}
