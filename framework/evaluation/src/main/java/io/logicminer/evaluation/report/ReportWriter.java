package io.logicminer.evaluation.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.logicminer.evaluation.run.EvalResult;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a run's three files: {@code results.jsonl} (one line per challenge), {@code summary.json} and
 * {@code report.html} — self-contained (inline SVG and script, no network), with accuracy per topic, latency and
 * reward distributions and the worst answers.
 */
public final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /** Writes the three files into {@code directory} (created if needed). */
    public static void write(Path directory, List<EvalResult> results, EvalSummary summary) throws IOException {
        Files.createDirectories(directory);
        ObjectMapper lines = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("results.jsonl"), StandardCharsets.UTF_8)) {
            for (EvalResult r : results) {
                out.write(lines.writeValueAsString(row(r)));
                out.newLine();
            }
        }
        JSON.writeValue(directory.resolve("summary.json").toFile(), summary);
        Files.writeString(directory.resolve("report.html"), html(results, summary), StandardCharsets.UTF_8);
    }

    static Map<String, Object> row(EvalResult r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.challenge().id());
        row.put("topic", r.challenge().topic());
        row.put("subtopic", r.challenge().subtopic());
        row.put("question", r.challenge().question());
        row.put("answer", r.answer().answer());
        row.put("reasoning", r.answer().reasoning());
        row.put("ground_truth", r.challenge().groundTruth());
        row.put("correct", r.correctness());
        row.put("similarity", r.similarity());
        row.put("latency_ms", Math.round(r.latency().toNanos() / 1e4) / 100.0);
        row.put("reward", r.reward());
        row.put("error", r.answer().error());
        row.put("replied", r.answer().replied());
        row.put("profile", r.headline());
        row.put("rewards", r.rewards());
        Map<String, Object> verdicts = new LinkedHashMap<>();
        r.scores().forEach((name, s) -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("correctness", s.verdict().correctness());
            v.put("method", s.verdict().method());
            v.put("penalty", s.verdict().penalty() == null ? null : s.verdict().penalty().label());
            verdicts.put(name, v);
        });
        row.put("verdicts", verdicts);
        row.put("equivalent", r.equivalent());
        if (!r.answer().metadata().isEmpty()) {
            row.put("metadata", new java.util.TreeMap<>(r.answer().metadata()));
        }
        return row;
    }

    static String html(List<EvalResult> results, EvalSummary s) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>logicminer evaluation</title>\n")
                .append("<script>window.reportErrors=[];window.onerror=function(m){window.reportErrors.push(String(m));")
                .append("document.documentElement.setAttribute('data-errors',window.reportErrors.length);};</script>\n")
                .append("<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px;text-align:left}")
                .append("h2{margin-top:1.5em}.bar{fill:#4a7fb5}.bad{fill:#c0504d}svg text{font-size:11px}")
                .append("tr.headline td{font-weight:bold}</style>")
                .append("</head><body>\n<h1>logicminer evaluation</h1>\n");
        h.append(String.format(Locale.ROOT, "<table id=\"summary\"><tr><th>challenges</th><td>%d</td></tr>"
                        + "<tr><th>accuracy</th><td>%.1f%% (%d correct)</td></tr>"
                        + "<tr><th>mean reward (%s)</th><td>%.4f%s</td></tr>"
                        + "<tr><th>mean similarity</th><td>%s</td></tr>"
                        + "<tr><th>latency p50 / p95 / p99</th><td>%.1f / %.1f / %.1f ms</td></tr>"
                        + "<tr><th>declines / errors</th><td>%d / %d</td></tr>"
                        + "<tr><th>correctness</th><td>%s</td></tr></table>\n",
                s.n(), 100 * s.accuracy(), s.correct(), escape(s.headlineProfile()), s.meanReward(),
                s.rewardIncludesSimilarity() ? "" : " (without the similarity term: no reference LLM configured)",
                s.meanSimilarity() == null ? "n/a (no reference LLM configured)"
                        : String.format(Locale.ROOT, "%.4f", s.meanSimilarity()),
                s.latencyP50Ms(), s.latencyP95Ms(), s.latencyP99Ms(), s.declines(), s.errors(),
                escape(s.correctnessMethod())));
        h.append(profileTable(s));
        if (s.volumeAdvice() != null) {
            h.append("<p id=\"volume-advice\">").append(escape(s.volumeAdvice().line())).append("</p>\n");
        }
        h.append("<h2>Accuracy per topic</h2>\n").append(accuracyChart(s));
        List<Double> latencies = results.stream().map(r -> r.latency().toNanos() / 1e6).toList();
        h.append("<h2>Latency distribution (ms)</h2>\n").append(histogram("latency-chart", latencies, 20));
        h.append("<h2>Reward distribution</h2>\n")
                .append(histogram("reward-chart", results.stream().map(EvalResult::reward).toList(), 20));
        h.append("<h2>Worst answers</h2>\n<table id=\"worst\"><tr><th>id</th><th>topic</th><th>answer</th>")
                .append("<th>ground truth</th><th>correct</th><th>reward</th>");
        for (String profile : s.rewards().keySet()) {
            h.append("<th>").append(escape(profile)).append("</th>");
        }
        h.append("<th>error</th></tr>\n");
        List<EvalResult> worst = new ArrayList<>(results);
        worst.sort(Comparator.comparingDouble(EvalResult::reward));
        for (EvalResult r : worst.subList(0, Math.min(20, worst.size()))) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s/%s</td><td>%s</td><td>%s</td><td>%.2f</td>"
                            + "<td>%.4f</td>", escape(r.challenge().id()),
                    escape(r.challenge().topic()), escape(r.challenge().subtopic()), escape(r.answer().answer()),
                    escape(r.challenge().groundTruth()), r.correctness(), r.reward()));
            r.scores().forEach((name, score) -> h.append(String.format(Locale.ROOT, "<td>%.4f (%s)</td>",
                    score.reward(), escape(verdictText(score.verdict(), r.equivalent())))));
            h.append("<td>").append(escape(r.answer().error() == null ? "" : r.answer().error())).append("</td></tr>\n");
        }
        h.append("</table>\n<script>document.documentElement.setAttribute('data-loaded',")
                .append("document.querySelectorAll('svg.chart').length);</script>\n</body></html>\n");
        return h.toString();
    }

    /** "numeric 0.83", "penalty cheat_word", "undecided (equivalent)". */
    static String verdictText(io.logicminer.evaluation.profile.Verdict v, boolean equivalent) {
        if (!v.isDecided()) {
            return "undecided; equivalence " + (equivalent ? "yes" : "no");
        }
        if (v.penalty() != null) {
            return "penalty " + v.penalty().label();
        }
        return String.format(Locale.ROOT, "%s %.2f", v.method(), v.correctness());
    }

    private static String profileTable(EvalSummary s) {
        StringBuilder t = new StringBuilder("<h2>Validator profiles</h2>\n<table id=\"profiles\"><tr><th>profile</th>"
                + "<th>release</th><th>mean reward</th><th>volume factor</th><th>decided</th><th>undecided</th>"
                + "<th>no reply</th><th>penalties</th></tr>\n");
        s.profiles().forEach((name, p) -> t.append(String.format(Locale.ROOT, "<tr%s><td>%s%s</td><td>%s</td>"
                        + "<td>%.4f</td><td>×%.3f (epoch_volume %d)</td><td>%d %s</td><td>%d (%d equivalent)</td>"
                        + "<td>%d</td><td>%s</td></tr>\n", name.equals(s.headlineProfile()) ? " class=\"headline\"" : "",
                escape(name), name.equals(s.headlineProfile()) ? " (headline)" : "", escape(p.release()),
                p.meanReward(), p.volumeFactor(), s.epochVolume(), p.decided(), escape(p.methods().toString()),
                p.undecided(), p.undecidedEquivalent(), p.noReply(),
                escape(p.penalties().isEmpty() ? "none" : p.penalties().toString()))));
        return t.append("</table>\n").toString();
    }

    private static String accuracyChart(EvalSummary s) {
        int rowHeight = 16;
        int width = 760;
        int label = 300;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" id=\"accuracy-chart\" width=\"%d\" height=\"%d\" role=\"img\">", width,
                rowHeight * s.topics().size() + 10));
        int y = 0;
        for (EvalSummary.TopicRow row : s.topics()) {
            double w = (width - label - 110) * row.accuracy();
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s/%s</text><rect class=\"%s\" x=\"%d\" "
                            + "y=\"%d\" width=\"%.1f\" height=\"%d\"/><text x=\"%.1f\" y=\"%d\">%.0f%% (%d/%d)</text>",
                    y + 12, escape(row.topic()), escape(row.subtopic()), row.accuracy() < 0.5 ? "bad" : "bar", label,
                    y + 2, Math.max(w, 1), rowHeight - 4, label + w + 4, y + 12, 100 * row.accuracy(), row.correct(),
                    row.n()));
            y += rowHeight;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String histogram(String id, List<Double> values, int bins) {
        int width = 760;
        int height = 180;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg class=\"chart\" id=\"%s\" width=\"%d\" height=\"%d\" role=\"img\">", id, width, height + 30));
        if (values.isEmpty()) {
            return svg.append("<text x=\"0\" y=\"20\">no data</text></svg>\n").toString();
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double span = max > min ? max - min : 1;
        int[] counts = new int[bins];
        for (double v : values) {
            counts[Math.min(bins - 1, (int) ((v - min) / span * bins))]++;
        }
        int top = java.util.Arrays.stream(counts).max().orElse(1);
        double barWidth = (double) width / bins;
        for (int i = 0; i < bins; i++) {
            double h = (double) height * counts[i] / top;
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\"><title>%d</title></rect>", i * barWidth + 1, height - h, barWidth - 2, h,
                    counts[i]));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%.3g</text><text x=\"%d\" y=\"%d\" "
                + "text-anchor=\"end\">%.3g</text>", height + 20, min, width, height + 20, max));
        return svg.append("</svg>\n").toString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
