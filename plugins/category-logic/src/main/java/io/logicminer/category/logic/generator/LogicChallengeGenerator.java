package io.logicminer.category.logic.generator;

import io.logicminer.spi.category.ChallengeGenerator;
import io.logicminer.spi.category.GeneratedChallenge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Logic challenges the way LogicNet's validator builds them: a mathgenerator problem (own Java makers that draw
 * parameters like mathgenerator's functions and print the problem and ground truth in its formats, quirks
 * included) wrapped as {@code Find the solution of this math problem:\n---\nTopic: <Topic>, Subtopic: <Sub>.\n
 * <problem>\n---\n}.
 *
 * <p>Subtopic keys are {@code topic/subtopic} with mathgenerator's names, e.g. {@code algebra/basic_algebra}.
 * Every one of LogicNet's 112 pairs has a maker; {@link #subtopics()} lists them.
 */
public final class LogicChallengeGenerator implements ChallengeGenerator {

    private final Map<String, ProblemMaker> makers = new LinkedHashMap<>();

    public LogicChallengeGenerator() {
        add("algebra", AlgebraProblems::register);
        add("basic_math", BasicMathProblems::register);
        add("calculus", CalculusProblems::register);
        add("computer_science", ComputerScienceProblems::register);
        add("geometry", GeometryProblems::register);
        add("misc", MiscProblems::register);
        add("statistics", StatisticsProblems::register);
    }

    private void add(String topic, java.util.function.Consumer<Map<String, ProblemMaker>> register) {
        Map<String, ProblemMaker> module = new LinkedHashMap<>();
        register.accept(module);
        module.forEach((subtopic, maker) -> makers.put(topic + "/" + subtopic, maker));
    }

    @Override
    public List<String> subtopics() {
        return new ArrayList<>(makers.keySet());
    }

    @Override
    public GeneratedChallenge generate(String subtopic, RandomGenerator random) {
        ProblemMaker maker = makers.get(subtopic);
        if (maker == null) {
            throw new IllegalArgumentException("no generator for subtopic '" + subtopic + "'; known: "
                    + String.join(", ", makers.keySet()));
        }
        Problem problem = maker.make(random);
        while (problem == null || problem.answer().isEmpty()) {
            problem = maker.make(random); // the validator re-draws problems without an answer
        }
        String[] parts = subtopic.split("/", 2);
        String question = "Find the solution of this math problem:\n---\nTopic: " + title(parts[0]) + ", Subtopic: "
                + title(parts[1]) + ".\n" + problem.text() + "\n---\n";
        return new GeneratedChallenge(parts[0], parts[1], question, problem.text(), problem.answer());
    }

    /** Python's {@code str.capitalize()} of the name with underscores as spaces: "basic_math" → "Basic math". */
    static String title(String name) {
        String spaced = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
