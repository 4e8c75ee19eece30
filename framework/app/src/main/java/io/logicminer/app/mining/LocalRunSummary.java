package io.logicminer.app.mining;

import io.logicminer.evaluation.report.EvalSummary;
import io.logicminer.evaluation.run.EvalResult;
import io.logicminer.evaluation.run.ValidatorPanel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Running figures of a {@code mine --local} session, computed by {@link EvalSummary} like an eval's. */
public final class LocalRunSummary {

    private final List<EvalResult> results = new ArrayList<>();
    private final ValidatorPanel panel;

    /** @param panel the validator profiles scoring the session */
    public LocalRunSummary(ValidatorPanel panel) {
        this.panel = panel;
    }

    /** Adds one scored challenge. */
    public synchronized void add(EvalResult result) {
        results.add(result);
    }

    /** How many challenges were sent. */
    public synchronized int sent() {
        return results.size();
    }

    /** One line: counts, accuracy, latency percentiles, mean reward under every profile. */
    public synchronized String line() {
        if (results.isEmpty()) {
            return "no challenges sent";
        }
        EvalSummary s = EvalSummary.of(results, panel, false, null);
        StringBuilder rewards = new StringBuilder();
        s.rewards().forEach((profile, reward) -> rewards.append(String.format(Locale.ROOT, "%s%s %.3f",
                rewards.isEmpty() ? "" : ", ", profile, reward)));
        return String.format(Locale.ROOT, "%d sent, %d answered, %d correct (%.1f%%), latency p50 %.1f ms, p95 %.1f ms,"
                        + " mean reward %.3f under %s (%s; epoch_volume %d; similarity term n/a: no reference LLM"
                        + " configured)",
                s.n(), s.n() - s.declines() - s.errors(), s.correct(), 100 * s.accuracy(), s.latencyP50Ms(),
                s.latencyP95Ms(), s.meanReward(), s.headlineProfile(), rewards, s.epochVolume());
    }
}
