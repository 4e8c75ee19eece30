package io.logicminer.spi.category;

import java.util.List;
import java.util.random.RandomGenerator;

/** Makes challenges with ground truth, for offline evaluation and property tests. Deterministic for a given seed. */
public interface ChallengeGenerator {

    /** Subtopics this generator can make, e.g. {@code basic_algebra}. */
    List<String> subtopics();

    /** One challenge of the given subtopic. */
    GeneratedChallenge generate(String subtopic, RandomGenerator random);
}
