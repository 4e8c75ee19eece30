package io.logicminer.category.logic.noise;

import java.util.Objects;

/**
 * What {@link HumanNoiser} may do to a question. Probabilities are per question (chatter, lowercase, reorder) or per
 * eligible word (typos).
 *
 * @param chatterProbability probability of a persona sentence before the question, and independently after it
 * @param typoProbability    probability that an eligible prose word (four letters or more, letters only) gets a typo
 * @param lowercaseProbability probability that the prose of the question is put in lower case
 * @param topicLine          what happens to the {@code Topic: X, Subtopic: Y.} line
 * @param reorderProbability probability that the wrapper sentences are reordered (the topic line after the problem)
 * @param dropFences         whether the {@code ---} lines around the problem are removed
 */
public record NoiseOptions(double chatterProbability, double typoProbability, double lowercaseProbability,
                           TopicLineMode topicLine, double reorderProbability, boolean dropFences) {

    /** Noise of every kind, at rates like the paraphrases validators send. */
    public static final NoiseOptions DEFAULT = new NoiseOptions(0.7, 0.04, 0.3, TopicLineMode.RANDOM, 0.3, true);

    /** No noise at all: the question comes back unchanged. */
    public static final NoiseOptions NONE = new NoiseOptions(0, 0, 0, TopicLineMode.KEEP, 0, false);

    public NoiseOptions {
        Objects.requireNonNull(topicLine, "topicLine");
        check("chatterProbability", chatterProbability);
        check("typoProbability", typoProbability);
        check("lowercaseProbability", lowercaseProbability);
        check("reorderProbability", reorderProbability);
    }

    private static void check(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + p);
        }
    }

    public NoiseOptions withChatter(double probability) {
        return new NoiseOptions(probability, typoProbability, lowercaseProbability, topicLine, reorderProbability,
                dropFences);
    }

    public NoiseOptions withTypos(double probability) {
        return new NoiseOptions(chatterProbability, probability, lowercaseProbability, topicLine, reorderProbability,
                dropFences);
    }

    public NoiseOptions withLowercase(double probability) {
        return new NoiseOptions(chatterProbability, typoProbability, probability, topicLine, reorderProbability,
                dropFences);
    }

    public NoiseOptions withTopicLine(TopicLineMode mode) {
        return new NoiseOptions(chatterProbability, typoProbability, lowercaseProbability, mode, reorderProbability,
                dropFences);
    }

    public NoiseOptions withReorder(double probability) {
        return new NoiseOptions(chatterProbability, typoProbability, lowercaseProbability, topicLine, probability,
                dropFences);
    }

    public NoiseOptions withDropFences(boolean drop) {
        return new NoiseOptions(chatterProbability, typoProbability, lowercaseProbability, topicLine,
                reorderProbability, drop);
    }
}
