package io.logicminer.app.mining;

import io.logicminer.evaluation.run.EvalChallenge;
import io.logicminer.evaluation.run.EvalResult;
import io.logicminer.evaluation.run.EvaluationRun;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The validator's side of {@code mine --local}: an {@link EvaluationRun} (normally over the axon) paced like a
 * validator, one challenge at a time with a pause between, a line per challenge and a running summary. The
 * scoring is the evaluation run's; this class only paces and prints.
 */
public final class LocalValidator {

    private final EvaluationRun run;
    private final PrintWriter out;
    private final LocalRunSummary summary;

    /**
     * @param run scores each challenge
     * @param out where the per-challenge lines go
     */
    public LocalValidator(EvaluationRun run, PrintWriter out) {
        this.run = run;
        this.out = out;
        this.summary = new LocalRunSummary(run.panel());
    }

    /**
     * Sends challenges from {@code pool}, round-robin.
     *
     * @param count how many, or null for until {@code stopped}
     * @param pause the wait between two challenges
     * @param stopped counted down when the process is stopping; ends the run at the next pause
     */
    public void run(List<EvalChallenge> pool, Integer count, Duration pause, CountDownLatch stopped)
            throws InterruptedException {
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("no challenges to send");
        }
        for (int i = 0; count == null || i < count; i++) {
            EvalResult result = run.score(pool.get(i % pool.size()));
            summary.add(result);
            out.println(line(i + 1, result));
            out.flush();
            if ((count == null || i + 1 < count) && stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }

    /** The figures so far. */
    public LocalRunSummary summary() {
        return summary;
    }

    /**
     * {@code #n topic/subtopic correct|wrong latency reward (other profiles' rewards)}, and the error when there is
     * one.
     */
    static String line(int number, EvalResult r) {
        EvalChallenge c = r.challenge();
        StringBuilder others = new StringBuilder();
        r.rewards().forEach((profile, reward) -> {
            if (!profile.equals(r.headline())) {
                others.append(String.format(Locale.ROOT, "%s %s %.3f", others.isEmpty() ? "" : ",", profile, reward));
            }
        });
        return String.format(Locale.ROOT, "#%d %-40s %-7s %7.1f ms  reward %.3f (%s;%s)%s", number,
                c.topic().isEmpty() ? c.id() : c.topic() + "/" + c.subtopic(), r.correctness() == 1 ? "correct" : "wrong",
                r.latency().toNanos() / 1e6, r.reward(), r.headline(), others,
                r.answer().error() == null ? "" : "  (" + r.answer().error() + ")");
    }
}
