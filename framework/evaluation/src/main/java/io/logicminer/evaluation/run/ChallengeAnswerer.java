package io.logicminer.evaluation.run;

import java.time.Duration;

/** Gets a miner's reply to a challenge: in-process through a solver, or over the axon protocol. */
@FunctionalInterface
public interface ChallengeAnswerer {

    AnswerResult answer(EvalChallenge challenge, Duration timeout) throws InterruptedException;
}
