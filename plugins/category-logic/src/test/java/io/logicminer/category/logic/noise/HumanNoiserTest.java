package io.logicminer.category.logic.noise;

import io.logicminer.category.logic.LogicFixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HumanNoiserTest {

    /** Numbers, LaTeX commands, math symbols and lone letters (variables). */
    private static final Pattern MATH_TOKEN = Pattern.compile(
            "\\d+(?:\\.\\d+)?|\\\\[A-Za-z]+|\\\\.|[=+\\-*/^_{}\\[\\]()<>|&%$!']|(?<![A-Za-z])[A-Za-z](?![A-Za-z])");

    private static final NoiseOptions EVERYTHING = new NoiseOptions(1, 1, 1, TopicLineMode.RANDOM, 0.5, true);

    private static List<String> mathTokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = MATH_TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        tokens.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    @Test
    void noNoiseLeavesEveryQuestionUnchanged() {
        HumanNoiser noiser = new HumanNoiser(NoiseOptions.NONE);
        for (LogicFixtures.Line line : LogicFixtures.all()) {
            assertEquals(line.question(), noiser.noise(line.question(), 7L), line.id());
        }
    }

    @Test
    void mathematicsIsPreservedExactlyInEveryFixtureQuestion() {
        for (NoiseOptions options : List.of(NoiseOptions.DEFAULT, EVERYTHING,
                EVERYTHING.withTopicLine(TopicLineMode.DROP), EVERYTHING.withTopicLine(TopicLineMode.REWORD))) {
            HumanNoiser noiser = new HumanNoiser(options);
            for (LogicFixtures.Line line : LogicFixtures.all()) {
                List<String> problem = mathTokens(line.raw_problem());
                Map<String, Integer> allowed = counts(mathTokens(line.question()));
                for (long seed = 0; seed < 4; seed++) {
                    String noised = noiser.noise(line.question(), seed);
                    List<String> tokens = mathTokens(noised);
                    assertTrue(Collections.indexOfSubList(tokens, problem) >= 0,
                            line.id() + " seed " + seed + " lost or changed math:\n" + noised);
                    // nothing mathematical is added: every non-letter token occurs at most as often as before
                    for (Map.Entry<String, Integer> e : counts(tokens).entrySet()) {
                        if (!e.getKey().matches("[A-Za-z']|!")) {
                            assertTrue(e.getValue() <= allowed.getOrDefault(e.getKey(), 0),
                                    line.id() + " seed " + seed + " added '" + e.getKey() + "':\n" + noised);
                        }
                    }
                }
            }
        }
    }

    @Test
    void withoutTyposOrLowercaseTheProblemTextIsVerbatim() {
        HumanNoiser noiser = new HumanNoiser(EVERYTHING.withTypos(0).withLowercase(0));
        for (LogicFixtures.Line line : LogicFixtures.all()) {
            String noised = noiser.noise(line.question(), line.id().hashCode());
            assertTrue(noised.contains(line.raw_problem()), line.id() + ":\n" + noised);
        }
    }

    @Test
    void outputIsDeterministicPerSeedAndVariesAcrossSeeds() {
        HumanNoiser noiser = HumanNoiser.withDefaults();
        for (LogicFixtures.Line line : LogicFixtures.all().subList(0, 200)) {
            Set<String> variants = new HashSet<>();
            for (long seed = 0; seed < 6; seed++) {
                String a = noiser.noise(line.question(), seed);
                assertEquals(a, noiser.noise(line.question(), seed), line.id() + " seed " + seed);
                variants.add(a);
            }
            assertTrue(variants.size() >= 2, line.id() + " gave the same text for six seeds");
        }
    }

    @Test
    void everyKindOfNoiseShowsUp() {
        HumanNoiser noiser = new HumanNoiser(EVERYTHING.withTopicLine(TopicLineMode.DROP));
        String question = LogicFixtures.all().get(8).question(); // basic_algebra
        String noised = noiser.noise(question, 42L);
        assertFalse(noised.contains("Topic:"), noised);
        assertFalse(noised.contains("---"), noised);
        assertFalse(noised.contains("Find the solution of this math problem:"), noised);
        String reworded = new HumanNoiser(NoiseOptions.NONE.withTopicLine(TopicLineMode.REWORD))
                .noise(question, 1L);
        assertFalse(reworded.contains("Topic: Algebra, Subtopic: Basic algebra."), reworded);
        assertTrue(reworded.contains("basic algebra"), reworded);
        String lower = new HumanNoiser(NoiseOptions.NONE.withLowercase(1)).noise(question, 1L);
        assertTrue(lower.startsWith("find the solution"), lower);
        String chatter = new HumanNoiser(NoiseOptions.NONE.withChatter(1)).noise(question, 3L);
        assertTrue(chatter.length() > question.length() && chatter.contains("10x + 10 = 10"), chatter);
    }

    @Test
    void typosChangeOnlyLongProseWords() {
        HumanNoiser noiser = new HumanNoiser(NoiseOptions.NONE.withTypos(1));
        String question = "Find the GCD of the numbers x and 12 using Euclid algorithm quickly?";
        String noised = noiser.noise(question, 5L);
        assertTrue(noised.contains("GCD") && noised.contains(" x ") && noised.contains("12")
                && noised.contains("the "), noised);
        assertFalse(noised.contains("algorithm") && noised.contains("numbers") && noised.contains("quickly"),
                noised);
        for (long seed = 0; seed < 50; seed++) {
            String typo = HumanNoiser.typo("algorithm", new java.util.SplittableRandom(seed));
            assertEquals('a', typo.charAt(0));
            assertTrue(Math.abs(typo.length() - 9) <= 1, typo);
        }
    }

    @Test
    void badOptionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NoiseOptions.DEFAULT.withTypos(1.5));
        assertTrue(e.getMessage().contains("typoProbability") && e.getMessage().contains("1.5"));
        assertThrows(NullPointerException.class, () -> NoiseOptions.DEFAULT.withTopicLine(null));
    }
}
