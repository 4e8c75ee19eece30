package io.logicminer.solver.math.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Runs the engine over fixture challenges and tallies, per (topic, subtopic), how many were answered correctly,
 * declined, or answered wrongly. Prints a Markdown table (the one in the module README).
 */
final class FixtureReport {

    /** One table row. */
    record Row(String topic, String subtopic, int n, int correct, int declined, int wrong) {
    }

    /** One wrong or declined case, for diagnosis. */
    record Miss(FixtureChallenge challenge, String question, EngineOutcome outcome) {
    }

    private final Map<String, int[]> counts = new TreeMap<>();
    private final List<Miss> misses = new ArrayList<>();

    static FixtureReport run(MathEngine engine, List<FixtureChallenge> challenges, AnswerCheck check,
                             UnaryOperator<String> questionTransform) {
        FixtureReport report = new FixtureReport();
        for (FixtureChallenge c : challenges) {
            String question = questionTransform.apply(c.question());
            EngineOutcome outcome = engine.solve(question);
            int[] row = report.counts.computeIfAbsent(c.topic() + "\t" + c.subtopic(), k -> new int[4]);
            row[0]++;
            if (!outcome.isAnswered()) {
                row[2]++;
                report.misses.add(new Miss(c, question, outcome));
            } else if (check.matches(outcome.answer().answer(), c.groundTruth())) {
                row[1]++;
            } else {
                row[3]++;
                report.misses.add(new Miss(c, question, outcome));
            }
        }
        return report;
    }

    List<Row> rows() {
        List<Row> out = new ArrayList<>();
        counts.forEach((key, v) -> {
            String[] parts = key.split("\t");
            out.add(new Row(parts[0], parts[1], v[0], v[1], v[2], v[3]));
        });
        return out;
    }

    /** Totals over the rows whose topic is in {@code topics} (all rows when null). */
    Row total(Set<String> topics) {
        int n = 0;
        int correct = 0;
        int declined = 0;
        int wrong = 0;
        for (Row r : rows()) {
            if (topics == null || topics.contains(r.topic())) {
                n += r.n();
                correct += r.correct();
                declined += r.declined();
                wrong += r.wrong();
            }
        }
        return new Row(topics == null ? "all" : String.join("+", topics), "", n, correct, declined, wrong);
    }

    List<Miss> misses() {
        return misses;
    }

    String table() {
        StringBuilder s = new StringBuilder("| topic | subtopic | n | correct | declined | wrong |\n|---|---|---|---|---|---|\n");
        for (Row r : rows()) {
            s.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d |%n", r.topic(), r.subtopic(), r.n(),
                    r.correct(), r.declined(), r.wrong()));
        }
        return s.toString();
    }

    static String summary(Row t) {
        return String.format(Locale.ROOT, "%s: n=%d correct=%d (%.2f%%) declined=%d (%.2f%%) wrong=%d (%.2f%%)",
                t.topic(), t.n(), t.correct(), 100.0 * t.correct() / t.n(), t.declined(), 100.0 * t.declined() / t.n(),
                t.wrong(), 100.0 * t.wrong() / t.n());
    }

    Map<String, String> missLines() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Miss m : misses) {
            out.put(m.challenge().id(), m.challenge().subtopic() + " | " + m.challenge().question().replace("\n", " ")
                    + " | truth=" + m.challenge().groundTruth() + " | got="
                    + (m.outcome().isAnswered() ? m.outcome().answer().answer() + " via " + m.outcome().subtopic()
                    : "DECLINED " + m.outcome().declineReason()));
        }
        return out;
    }
}
