package io.logicminer.app.cli;

import io.logicminer.evaluation.report.EvalSummary;
import io.logicminer.evaluation.report.ProfileTally;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The console summary of {@code eval}: the headline, every profile's reward and verdict counts, volume advice. */
final class EvalSummaryLines {

    private EvalSummaryLines() {
    }

    static void print(PrintWriter out, EvalSummary s) {
        out.println(String.format(Locale.ROOT, "%d challenges, accuracy %.1f%%, mean reward %.4f under %s%s, latency "
                        + "p50 %.1f ms p95 %.1f ms p99 %.1f ms, %d declined, %d errors",
                s.n(), 100 * s.accuracy(), s.meanReward(), s.headlineProfile(),
                s.rewardIncludesSimilarity() ? "" : " (similarity n/a)", s.latencyP50Ms(), s.latencyP95Ms(),
                s.latencyP99Ms(), s.declines(), s.errors()));
        out.println("rewards: " + rewards(s.rewards()) + String.format(Locale.ROOT, " (epoch_volume %d)",
                s.epochVolume()));
        s.profiles().forEach((name, p) -> out.println(line(name, p)));
        out.println("correctness: " + s.correctnessMethod());
        if (s.volumeAdvice() != null) {
            out.println(s.volumeAdvice().line());
        }
    }

    /** {@code {logicnet-2024-08: 0.7946, logicnet-2025-05: 0.8123}}. */
    static String rewards(Map<String, Double> rewards) {
        return rewards.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s: %.4f", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String line(String name, ProfileTally p) {
        return String.format(Locale.ROOT, "%s (%s): mean reward %.4f, volume factor ×%.3f, %d decided %s, %d undecided"
                        + " (%d of them equivalent by the category's test), %d no reply, penalties: %s",
                name, p.release(), p.meanReward(), p.volumeFactor(), p.decided(), p.methods(), p.undecided(),
                p.undecidedEquivalent(), p.noReply(), p.penalties().isEmpty() ? "none" : p.penalties());
    }
}
