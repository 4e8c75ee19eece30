package io.logicminer.category.logic;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ground truth of the fixture (all 112 topic/subtopic shapes) against itself, against reformattings a model
 * or a validator would produce, and against perturbed values that must never count as right.
 */
class AnswerEquivalenceFixtureTest {

    private static final AnswerEquivalence EQUIVALENCE = AnswerEquivalence.standard();
    private static final LogicCategory CATEGORY = LogicCategory.withDefaults();
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final Map<String, Function<String, String>> REFORMATTINGS = new LinkedHashMap<>();

    static {
        REFORMATTINGS.put("itself", s -> s);
        REFORMATTINGS.put("inline math", s -> "$" + s + "$");
        REFORMATTINGS.put("display math", s -> "\\[ " + s + " \\]");
        REFORMATTINGS.put("paren math", s -> "\\(" + s + "\\)");
        REFORMATTINGS.put("boxed", s -> "\\boxed{" + s + "}");
        REFORMATTINGS.put("answer is", s -> "The answer is " + s + ".");
        REFORMATTINGS.put("bold final answer", s -> "**Final Answer:** " + s);
        REFORMATTINGS.put("extra spaces", s -> "  " + s.replace(" ", "  ") + "  ");
    }

    @Test
    void fixtureCoversEveryShape() {
        assertEquals(896, LogicFixtures.all().size());
        assertEquals(112, LogicFixtures.all().stream().map(l -> l.topic() + "/" + l.subtopic()).distinct().count());
    }

    @Test
    void everyGroundTruthEqualsItsReformattings() {
        List<String> failures = new ArrayList<>();
        for (LogicFixtures.Line line : LogicFixtures.all()) {
            String truth = line.ground_truth();
            REFORMATTINGS.forEach((name, reformat) -> {
                String variant = reformat.apply(truth);
                if (!EQUIVALENCE.equivalent(variant, truth) || !EQUIVALENCE.equivalent(truth, variant)) {
                    failures.add(line.id() + " " + line.subtopic() + " [" + name + "] " + variant);
                }
            });
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    @Test
    void everyGroundTruthSurvivesExtractionFromAModelReply() {
        List<String> failures = new ArrayList<>();
        for (LogicFixtures.Line line : LogicFixtures.all()) {
            String truth = line.ground_truth();
            for (String reply : List.of(
                    "Let me work through it step by step.\nFirst, read the problem.\nFinal answer: " + truth,
                    "Step 1: compute.\nStep 2: simplify.\n\n**Final Answer:** $" + truth + "$\n",
                    "We compute carefully, so the result is $\\boxed{" + truth + "}$.")) {
                String extracted = CATEGORY.extractAnswer(reply).orElse("<none>");
                if (!CATEGORY.equivalent(extracted, truth)) {
                    failures.add(line.id() + " " + line.subtopic() + ": extracted " + extracted);
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    @Test
    void noChangedNumberIsEverEquivalent() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (LogicFixtures.Line line : LogicFixtures.all()) {
            String truth = line.ground_truth();
            // complex_quadratic holds "roots = formula"; the formula half is an alternative, so only the roots count
            int limit = line.subtopic().equals("complex_quadratic") ? truth.indexOf(" = ") : truth.length();
            Matcher m = DIGITS.matcher(truth);
            while (m.find() && m.end() <= limit) {
                if (m.end() < truth.length() && Character.isLetter(truth.charAt(m.end()))
                        && !truth.startsWith("x", m.end()) && !truth.startsWith("y", m.end())
                        && !truth.startsWith("j", m.end())) {
                    continue; // an ordinal label such as "10th term" is not part of the value
                }
                String changed = truth.substring(0, m.start())
                        + new java.math.BigInteger(m.group()).add(java.math.BigInteger.ONE)
                        + truth.substring(m.end());
                checked++;
                if (EQUIVALENCE.equivalent(changed, truth) || EQUIVALENCE.equivalent(truth, changed)) {
                    failures.add(line.id() + " " + line.subtopic() + ": " + changed + " ~ " + truth);
                }
            }
        }
        assertTrue(checked > 2400, "checked " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    @Test
    void noListWithADroppedElementIsEverEquivalent() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (LogicFixtures.Line line : LogicFixtures.all()) {
            String truth = line.ground_truth();
            String dropped;
            if (line.subtopic().equals("complex_quadratic")) {
                int split = truth.indexOf(" = ");
                String roots = dropLastItem(truth.substring(0, split));
                dropped = roots == null ? null : roots + truth.substring(split);
            } else {
                dropped = dropLastItem(truth);
            }
            if (dropped == null) {
                continue;
            }
            checked++;
            if (EQUIVALENCE.equivalent(dropped, truth) || EQUIVALENCE.equivalent(truth, dropped)) {
                failures.add(line.id() + " " + line.subtopic() + ": " + dropped + " ~ " + truth);
            }
        }
        assertTrue(checked > 120, "checked " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures));
    }

    /** The text with the item after the last ", " or " & " removed (up to the next separator or bracket). */
    private static String dropLastItem(String truth) {
        int cut = Math.max(truth.lastIndexOf(", "), truth.lastIndexOf(" & "));
        if (cut < 0) {
            return null;
        }
        int end = cut + 2;
        while (end < truth.length() && "]}),&\\".indexOf(truth.charAt(end)) < 0) {
            end++;
        }
        return truth.substring(0, cut) + truth.substring(end);
    }

    @Test
    void yesAndNoNeverMatchEachOther() {
        int checked = 0;
        for (LogicFixtures.Line line : LogicFixtures.all()) {
            String truth = line.ground_truth();
            String swapped = switch (truth) {
                case "Yes" -> "No";
                case "No" -> "Yes";
                default -> null;
            };
            if (swapped == null) {
                continue;
            }
            checked++;
            assertTrue(!EQUIVALENCE.equivalent(swapped, truth), line.id());
            assertTrue(!EQUIVALENCE.equivalent(swapped.toLowerCase() + ".", truth), line.id());
            assertTrue(EQUIVALENCE.equivalent(truth.toLowerCase() + ".", truth), line.id());
        }
        assertTrue(checked >= 24, "checked " + checked);
    }

    @Test
    void leapYearSentencesNeverMatchTheirNegation() {
        for (LogicFixtures.Line line : LogicFixtures.all()) {
            String truth = line.ground_truth();
            if (line.subtopic().equals("is_leap_year")) {
                String flipped = truth.contains(" not ") ? truth.replace(" not ", " ") : truth.replace(" is ", " is not ");
                assertTrue(!EQUIVALENCE.equivalent(flipped, truth), flipped);
            }
        }
    }
}
