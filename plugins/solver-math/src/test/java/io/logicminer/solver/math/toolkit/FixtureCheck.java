package io.logicminer.solver.math.toolkit;

import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.TopicGroup;
import io.logicminer.solver.math.engine.TopicSolver;
import io.logicminer.solver.math.engine.WorkedAnswer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Runs every solver of a group against all 896 fixture questions: on its own subtopic it must give the ground
 * truth (compared with whitespace normalised), on every other question it must stay silent.
 */
public final class FixtureCheck {

    /** Per-subtopic tally. */
    public static final class Tally {
        public int n;
        public int correct;
        public int silent;
        public int wrong;
        public final List<String> problems = new ArrayList<>();
    }

    /** Simple paraphrase-like noise that keeps numbers and math. */
    public static final Map<String, UnaryOperator<String>> NOISE = Map.of(
            "atom", q -> q,
            "lowercase", q -> q.toLowerCase(Locale.ROOT),
            "no-topic-line", q -> q.replaceAll("Topic: [^\\n]*\\n", ""),
            "persona", q -> "Hey there! As a busy teacher who is a bit tired today, I really need help with this one. "
                    + q.replaceAll("Topic: [^\\n]*\\n", "").replace("Find the solution of this math problem:", "")
                    + " Please explain it simply, thanks a lot!",
            "topic-reworded", q -> q.replaceAll("Topic: ([^,]*), Subtopic: ([^\\n]*)\\.\\n",
                    "This is from $1 ($2).\n"));

    private FixtureCheck() {
    }

    /** Tallies the group's solvers on every fixture question under the given noise. */
    public static Map<String, Tally> run(TopicGroup group, UnaryOperator<String> noise) {
        return run(group, noise, LogicDevFixture.load());
    }

    /** Tallies the group's solvers on the given challenges under the given noise. */
    public static Map<String, Tally> run(TopicGroup group, UnaryOperator<String> noise,
            List<LogicDevFixture.Challenge> all) {
        Map<String, Tally> tallies = new TreeMap<>();
        for (TopicSolver solver : group.solvers()) {
            Tally t = tallies.computeIfAbsent(solver.subtopic(), k -> new Tally());
            for (LogicDevFixture.Challenge c : all) {
                boolean own = c.topic().equals(solver.topic()) && c.subtopic().equals(solver.subtopic());
                Optional<WorkedAnswer> answer = solver.solve(ProblemText.of(noise.apply(c.question())));
                if (own) {
                    t.n++;
                    if (answer.isEmpty()) {
                        t.silent++;
                        t.problems.add(c.id() + " silent: " + c.question().replace('\n', ' '));
                    } else if (normalise(answer.get().answer()).equals(normalise(c.groundTruth()))) {
                        t.correct++;
                    } else {
                        t.wrong++;
                        t.problems.add(c.id() + " wrong: got '" + answer.get().answer() + "' expected '"
                                + c.groundTruth() + "'");
                    }
                } else if (answer.isPresent()) {
                    t.wrong++;
                    t.problems.add("cross-talk on " + c.id() + " (" + c.topic() + "/" + c.subtopic() + "): '"
                            + answer.get().answer() + "'");
                }
            }
        }
        return tallies;
    }

    static String normalise(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** A printable table plus every problem found. */
    public static String report(Map<String, Tally> tallies) {
        StringBuilder b = new StringBuilder(String.format("%-42s %3s %7s %6s %5s%n", "subtopic", "n", "correct",
                "silent", "wrong"));
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            b.append(String.format("%-42s %3d %7d %6d %5d%n", e.getKey(), t.n, t.correct, t.silent, t.wrong));
        }
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            for (String p : e.getValue().problems) {
                b.append(e.getKey()).append(": ").append(p).append('\n');
            }
        }
        return b.toString();
    }

    /** Every solver of the group answers its own 8 fixture questions exactly and stays silent on all others. */
    public static void assertExactOnOwnQuestionsOnly(TopicGroup group, int subtopics) {
        Map<String, Tally> tallies = run(group, q -> q);
        String report = report(tallies);
        System.out.println(report);
        org.junit.jupiter.api.Assertions.assertEquals(subtopics, tallies.size(), report);
        tallies.forEach((subtopic, t) -> {
            org.junit.jupiter.api.Assertions.assertEquals(8, t.n, subtopic);
            org.junit.jupiter.api.Assertions.assertEquals(0, t.wrong, report);
            org.junit.jupiter.api.Assertions.assertEquals(8, t.correct, report);
        });
    }

    /** The same under each of {@link #NOISE}: never wrong, every question still answered. */
    public static void assertCorrectUnderSimpleNoise(TopicGroup group, int subtopics) {
        NOISE.forEach((name, noise) -> {
            Map<String, Tally> tallies = run(group, noise);
            String report = name + "\n" + report(tallies);
            tallies.values().forEach(t -> org.junit.jupiter.api.Assertions.assertEquals(0, t.wrong, report));
            int correct = tallies.values().stream().mapToInt(t -> t.correct).sum();
            org.junit.jupiter.api.Assertions.assertEquals(subtopics * 8, correct, report);
        });
    }
}
