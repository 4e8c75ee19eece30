package io.logicminer.core.mining;

import io.logicminer.bittensor.dendrite.AxonTarget;
import io.logicminer.bittensor.dendrite.Dendrite;
import io.logicminer.bittensor.dendrite.DendriteResult;
import io.logicminer.logicnet.LogicSynapse;
import io.logicminer.spi.category.Category;

import java.time.Duration;
import java.util.function.BiPredicate;

/**
 * The validator's side of {@code mine --local}: sends a challenge to the miner over the signed axon protocol and
 * scores the reply — correctness by the category's equivalence test, time from the measured latency.
 */
public final class LocalValidator {

    /**
     * One challenge's outcome.
     *
     * @param challenge what was sent
     * @param status the axon's status (200 when answered)
     * @param answer the miner's answer
     * @param reasoning the miner's reasoning
     * @param correct whether the answer is equivalent to the ground truth
     * @param latency round trip as the validator measures it
     * @param rewardWithoutSimilarity LogicNet's reward with the similarity term left out (no reference LLM here)
     */
    public record Outcome(LocalChallenge challenge, int status, String answer, String reasoning, boolean correct,
                          Duration latency, double rewardWithoutSimilarity) {
    }

    private final Dendrite dendrite;
    private final AxonTarget target;
    private final BiPredicate<String, String> equivalent;
    private final String category;
    private final Duration timeout;

    public LocalValidator(Dendrite dendrite, AxonTarget target, Category category, Duration timeout) {
        this.dendrite = dendrite;
        this.target = target;
        this.equivalent = category::equivalent;
        this.category = category.name();
        this.timeout = timeout;
    }

    /** Sends one challenge and scores the answer. */
    public Outcome send(LocalChallenge challenge) {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        long start = System.nanoTime();
        DendriteResult result = dendrite.call(target, LogicSynapse.question(challenge.question(), category, seconds,
                challenge.id()).toSynapse(), timeout);
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        String answer = "";
        String reasoning = "";
        if (result.isSuccess()) {
            LogicSynapse answered = LogicSynapse.from(result.synapse());
            answer = answered.logicAnswer() == null || answered.logicAnswer().isNull() ? ""
                    : answered.logicAnswer().asText();
            reasoning = answered.logicReasoning();
        }
        boolean correct = !answer.isBlank() && equivalent.test(answer, challenge.groundTruth());
        double timeTerm = Math.min((double) latency.toNanos() / timeout.toNanos(), 1.0);
        double reward = (0.6 * (correct ? 1 : 0) - 0.1 * timeTerm) / 2 + 0.5;
        return new Outcome(challenge, result.statusCode(), answer, reasoning, correct, latency, reward);
    }
}
