package io.logicminer.core.mining;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Running figures of a local validator session. */
public final class LocalRunSummary {

    private final List<Long> latenciesMicros = new ArrayList<>();
    private int sent;
    private int answered;
    private int correct;
    private double rewardSum;

    /** Adds one outcome. */
    public synchronized void add(LocalValidator.Outcome outcome) {
        sent++;
        if (outcome.status() == 200 && !outcome.answer().isBlank()) {
            answered++;
        }
        if (outcome.correct()) {
            correct++;
        }
        rewardSum += outcome.rewardWithoutSimilarity();
        latenciesMicros.add(outcome.latency().toNanos() / 1000);
    }

    /** How many challenges were sent. */
    public synchronized int sent() {
        return sent;
    }

    /** One line: counts, accuracy, latency percentiles, mean reward. */
    public synchronized String line() {
        if (sent == 0) {
            return "no challenges sent";
        }
        List<Long> sorted = new ArrayList<>(latenciesMicros);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%d sent, %d answered, %d correct (%.1f%%), latency p50 %.1f ms, p95 %.1f ms,"
                        + " mean reward %.3f (similarity term n/a: no reference LLM configured)",
                sent, answered, correct, 100.0 * correct / sent, percentile(sorted, 0.50), percentile(sorted, 0.95),
                rewardSum / sent);
    }

    private static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
    }

}
