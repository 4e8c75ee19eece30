package io.logicminer.spi.category;

import java.util.Objects;

/**
 * A challenge made by a {@link ChallengeGenerator}, with its ground truth.
 *
 * @param topic       generator topic (mathgenerator module), e.g. {@code algebra}
 * @param subtopic    generator function, e.g. {@code basic_algebra}
 * @param question    the question as a validator would send it
 * @param rawProblem  the bare problem text
 * @param groundTruth the expected answer, in the shape the validator grades against
 */
public record GeneratedChallenge(String topic, String subtopic, String question, String rawProblem,
                                 String groundTruth) {

    public GeneratedChallenge {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subtopic, "subtopic");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(rawProblem, "rawProblem");
        Objects.requireNonNull(groundTruth, "groundTruth");
    }
}
