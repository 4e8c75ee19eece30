package io.logicminer.app.mining;

import io.logicminer.evaluation.report.EvalSummary;
import io.logicminer.evaluation.run.EvalResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Running figures of a {@code mine --local} session, computed by {@link EvalSummary} like an eval's. */
public final class LocalRunSummary {

    private final List<EvalResult> results = new ArrayList<>();

    /** Adds one scored challenge. */
    public synchronized void add(EvalResult result) {
        results.add(result);
    }

    /** How many challenges were sent. */
    public synchronized int sent() {
        return results.size();
    }

    /** One line: counts, accuracy, latency percentiles, mean reward. */
    public synchronized String line() {
        if (results.isEmpty()) {
            return "no challenges sent";
        }
        EvalSummary s = EvalSummary.of(results, "", false);
        return String.format(Locale.ROOT, "%d sent, %d answered, %d correct (%.1f%%), latency p50 %.1f ms, p95 %.1f ms,"
                        + " mean reward %.3f (similarity term n/a: no reference LLM configured)",
                s.n(), s.n() - s.declines() - s.errors(), s.correct(), 100 * s.accuracy(), s.latencyP50Ms(),
                s.latencyP95Ms(), s.meanReward());
    }
}
