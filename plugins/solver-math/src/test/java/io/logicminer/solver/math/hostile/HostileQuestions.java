package io.logicminer.solver.math.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Questions a hostile validator could send: long digit runs, fragments of real questions repeated thousands of
 * times, deep brackets, long whitespace, 100 KiB and 1 MiB texts, and real questions padded with digits. Shared by
 * {@link HostileQuestionsTest} (a hang guard over every topic solver) and {@link HostileQuestionBenchmark}.
 */
public final class HostileQuestions {

    /** A real LogicNet question (fixtures/logic-dev.jsonl, is_prime) to pad. */
    public static final String REAL = "Find the solution of this math problem:\n---\nTopic: Basic math, Subtopic: Is prime.\n"
            + "Is 97 prime?\n---\n";

    private HostileQuestions() {
    }

    /** The inputs by name, each of about {@code kib} KiB (the fixed-shape ones regardless of it). */
    public static Map<String, String> of(int kib) {
        int n = kib * 1024;
        Map<String, String> out = new LinkedHashMap<>();
        out.put("digits", repeat("1234567890", n));
        out.put("digits after a real question", REAL + repeat("7", n));
        out.put("real question inside digits", repeat("3", n / 2) + " " + REAL + " " + repeat("9", n / 2));
        out.put("'prime ' repeated", repeat("prime ", n));
        out.put("'is 7 prime? ' repeated", repeat("is 7 prime? ", n));
        out.put("'x^2 + ' repeated", repeat("x^2 + ", n));
        out.put("'3x^{2} + ' repeated", repeat("3x^{2} + ", n));
        out.put("nested brackets", repeat("(", n / 2) + repeat(")", n / 2));
        out.put("open brackets", repeat("((((x", n));
        out.put("whitespace", "Is 97 prime?" + repeat(" \t\n ", n));
        out.put("'1/2 ' repeated", repeat("1/2 ", n));
        out.put("'[1, ' repeated", repeat("[1, ", n));
        out.put("'\\begin{bmatrix}1 & ' repeated", repeat("\\begin{bmatrix}1 & 2 \\\\ ", n));
        out.put("'Topic: a ' repeated", "Topic: " + repeat("a ", n));
        out.put("'radius 5 ' repeated", repeat("radius 5 height 7 ", n));
        out.put("'1.5e' repeated", repeat("1.5e1.5e-", n));
        out.put("'minus ' repeated", repeat("minus ", n) + "4");
        out.put("'{1, ' repeated", "Given the two sets a=" + repeat("{1, ", n));
        out.put("'-' repeated", repeat("-", n) + "5");
        return out;
    }

    /** {@code fragment} repeated to {@code length} characters. */
    public static String repeat(String fragment, int length) {
        StringBuilder b = new StringBuilder(length + fragment.length());
        while (b.length() < length) {
            b.append(fragment);
        }
        return b.toString();
    }
}
