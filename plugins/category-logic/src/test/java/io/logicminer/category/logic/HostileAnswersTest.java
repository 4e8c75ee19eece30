package io.logicminer.category.logic;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The Logic category's parsers (the final-answer extractor, the normaliser with its LaTeX conversion, the answer
 * parser and expression parser behind the equivalence test) on hostile text: long digit runs, repeated fragments,
 * deep brackets, long whitespace, 100 KiB and 1 MiB. Each call gets a generous hang guard; it is not a performance
 * assertion. A text the parsers cannot read must give "not equivalent" or an empty extraction, never a hang or a
 * StackOverflowError.
 */
class HostileAnswersTest {

    private static final Duration GUARD = Duration.ofSeconds(5);

    static Map<String, String> inputs(int kib) {
        int n = kib * 1024;
        Map<String, String> out = new LinkedHashMap<>();
        out.put("digits", repeat("1234567890", n));
        out.put("digits with apostrophes", repeat("1'", n));
        out.put("apostrophes", repeat("'", n));
        out.put("'x^2 + ' repeated", repeat("x^2 + ", n));
        out.put("nested brackets", repeat("(", n / 2) + "1" + repeat(")", n / 2));
        out.put("open brackets", repeat("(", n));
        out.put("nested braces", repeat("\\frac{", n / 8) + "1" + repeat("}", n / 8));
        out.put("nested sets", repeat("{", n / 2) + repeat("}", n / 2));
        out.put("nested lists", repeat("[", n / 2) + repeat("]", n / 2));
        out.put("whitespace", "x = 5" + repeat(" \t\n", n) + ".");
        out.put("'a is ' repeated", repeat("a is ", n));
        out.put("'a: ' repeated", repeat("a: ", n) + "=");
        out.put("'Final answer: ' repeated", repeat("Final answer: ", n));
        out.put("'\\boxed{' repeated", repeat("\\boxed{", n));
        out.put("'1,000,' repeated", repeat("1,000,", n));
        out.put("'1.5e' repeated", repeat("1.5e", n));
        out.put("'sqrt(' repeated", repeat("\\sqrt{", n));
        out.put("'2^' repeated", repeat("2^", n) + "2");
        out.put("'-' repeated", repeat("-", n) + "5");
        out.put("sentences", repeat("The answer is x. ", n));
        out.put("units", "5" + repeat(" m", n));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> parsersFinishOnHostileText() {
        Map<String, Consumer<String>> calls = new LinkedHashMap<>();
        calls.put("FinalAnswerExtractor.extract", FinalAnswerExtractor::extract);
        calls.put("AnswerNormalizer.normalize", AnswerNormalizer::normalize);
        calls.put("LatexToPlain.convert", LatexToPlain::convert);
        calls.put("equivalent(hostile, 5)", s -> AnswerEquivalence.same(s, "5"));
        calls.put("equivalent(x = 5, hostile)", s -> AnswerEquivalence.same("x = 5", s));
        calls.put("equivalent(hostile, hostile)", s -> AnswerEquivalence.same(s, s + " "));
        List<DynamicTest> tests = new ArrayList<>();
        for (int kib : new int[] {8, 100, 1024}) {
            for (Map.Entry<String, String> input : inputs(kib).entrySet()) {
                for (Map.Entry<String, Consumer<String>> call : calls.entrySet()) {
                    tests.add(DynamicTest.dynamicTest(call.getKey() + " on " + kib + " KiB " + input.getKey(),
                            () -> assertTimeoutPreemptively(GUARD, () -> call.getValue().accept(input.getValue()))));
                }
            }
        }
        return tests.stream();
    }

    static String repeat(String fragment, int length) {
        StringBuilder b = new StringBuilder(length + fragment.length());
        while (b.length() < length) {
            b.append(fragment);
        }
        return b.toString();
    }
}
