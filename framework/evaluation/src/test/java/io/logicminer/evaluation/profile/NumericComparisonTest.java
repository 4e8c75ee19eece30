package io.logicminer.evaluation.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumericComparisonTest {

    private static double rate(String gt, String answer) {
        return NumericComparison.compare(gt, answer).orElseThrow(() -> new AssertionError("undecided: " + answer))
                .correctness();
    }

    private static String method(String gt, String answer) {
        return NumericComparison.compare(gt, answer).map(Verdict::method).orElse("undecided");
    }

    @Test
    void exactAfterStripAndLowerCase() {
        assertEquals(1.0, rate("Yes", "  yes \n"));
        assertEquals("exact", method("Yes", "  yes \n"));
        assertEquals(1.0, rate("40x^{9}", "40X^{9}"));
    }

    @Test
    void oneNumberEachGivesPartialCreditAndIgnoresTheSign() {
        // 1 - |120 - 100| / (120 + 1e-8) = 0.8333...
        assertEquals(1 - 20 / (120 + 1e-8), rate("120", "100"), 1e-15);
        assertEquals("numeric", method("120", "100"));
        assertEquals(1.0, rate("5", "-5"), "the unsigned numbers of both are equal");
        assertEquals(1.0, rate("$10$", "10"), "$ is removed first");
        assertEquals(1.0, rate("15%", "15"));
        assertEquals(1.0, rate("5 m^2", "5"), "m^2 is removed, so its 2 is not a number");
        assertEquals(0.0, rate("10", "35"), "never below 0");
        // 1 - |0.5 - 0.25| / (0.5 + 1e-8)
        assertEquals(1 - 0.25 / (0.5 + 1e-8), rate("0.5", "x = 0.25"), 1e-15);
        // a ground truth of 0: 1 - 2 / 1e-8 < 0
        assertEquals(0.0, rate("0", "2"));
        assertEquals(1.0, rate("0", "0.0"));
    }

    @Test
    void otherwiseWholeExpressionsAreCompared() {
        assertEquals(1.0, rate("0.5", "1/2"));
        assertEquals("symbolic", method("0.5", "1/2"));
        // 1 - |1/3 - 0.3| / (1/3 + 1e-8)
        assertEquals(1 - (1.0 / 3 - 0.3) / (1.0 / 3 + 1e-8), rate("1/3", "0.3"), 1e-12);
        assertEquals(1.0, rate("0x34", "52"), "hex literals are Python's");
        assertEquals(1.0, rate("(-250-300j)", "-250 - 300*I"));
        assertEquals(0.0, rate("7", "1 + 2 + 40"));
    }

    @Test
    void undecidedWhereTheReleaseAsksItsJudge() {
        assertTrue(NumericComparison.compare("Yes", "No").isEmpty(), "no number in the ground truth");
        assertTrue(NumericComparison.compare("40x^{9}", "40x^9").isEmpty(), "^ never reaches sympy");
        assertTrue(NumericComparison.compare("[1, 2]", "[1, 2, 3]").isEmpty(), "lists cannot be subtracted");
        assertTrue(NumericComparison.compare("12", "twelve").isEmpty(), "a symbol");
        assertTrue(NumericComparison.compare("12", "").isEmpty(), "sympify('') fails");
        assertTrue(NumericComparison.compare("1/2", "007").isEmpty(), "a Python syntax error");
        // Documented differences: sympy makes "2*x + 12" and "12 + 2*x" identical (score 1) and turns "1/0" into zoo
        // (score 0 against a finite ground truth); both stay undecided here and go to the judge.
        assertEquals(Optional.empty(), NumericComparison.compare("2*x + 12", "12 + 2*x"));
        assertEquals(Optional.empty(), NumericComparison.compare("12", "1/0"));
    }

    /**
     * Cases from the dev fixtures' ground truths and hostile answers, each with the value the release's
     * {@code _compare_numerical_answers} gives under sympy 1.14 (generated once with CPython; null = undecided).
     */
    @Test
    void agreesWithTheReleaseOnThousandsOfRecordedCases() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> mismatches = new ArrayList<>();
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/profile/numeric-comparison-cases.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode c = json.readTree(line);
                n++;
                String gt = c.get("ground_truth").asText();
                String answer = c.get("answer").asText();
                Optional<Verdict> got = NumericComparison.compare(gt, answer);
                JsonNode expected = c.get("expected");
                boolean same = expected.isNull() ? got.isEmpty()
                        : got.isPresent() && Math.abs(got.get().correctness() - expected.asDouble()) < 1e-9;
                if (!same) {
                    mismatches.add(json.writeValueAsString(gt) + " vs " + json.writeValueAsString(answer)
                            + ": release " + expected + ", here " + got.map(Verdict::correctness).orElse(null));
                }
            }
        }
        assertTrue(n > 4000, "cases read: " + n);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + n + " differ:\n"
                + String.join("\n", mismatches.subList(0, Math.min(40, mismatches.size()))));
    }

    @Test
    void deeplyNestedAnswersAreUndecidedNotAnError() {
        assertEquals("undecided", method("2", "1+" + "(".repeat(200_000) + "1"));
        assertEquals("undecided", method("2", "1+" + "-".repeat(200_000) + "1"));
    }
}
