package io.logicminer.evaluation.challenge;

import io.logicminer.evaluation.run.EvalChallenge;
import io.logicminer.spi.category.ChallengeGenerator;
import io.logicminer.spi.category.GeneratedChallenge;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Challenges from a category's generator: subtopics drawn at random, reproducible by seed. */
public final class GeneratedChallenges {

    private GeneratedChallenges() {
    }

    /** {@code count} challenges, ids {@code gen-<seed>-<i>}, each carrying its raw problem for the judge. */
    public static List<EvalChallenge> generate(ChallengeGenerator generator, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> subtopics = generator.subtopics();
        List<EvalChallenge> challenges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GeneratedChallenge c = generator.generate(subtopics.get(random.nextInt(subtopics.size())), random.split());
            challenges.add(new EvalChallenge("gen-" + seed + "-" + i, c.topic(), c.subtopic(), c.question(),
                    c.rawProblem(), c.groundTruth()));
        }
        return challenges;
    }
}
