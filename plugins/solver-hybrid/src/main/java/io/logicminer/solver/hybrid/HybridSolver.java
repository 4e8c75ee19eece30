package io.logicminer.solver.hybrid;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.Timings;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.metrics.Counter;
import io.logicminer.spi.metrics.Metrics;
import io.logicminer.spi.solver.Solver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code hybrid} solver: the exact engine's answer with reasoning a chat model writes the way LogicNet's validator
 * writes the reference it scores reasoning against ({@link ValidatorReferenceRequest}).
 *
 * <p>The engine runs first, on the caller's thread; only when it answers is the model asked, on a virtual thread of
 * its own (a question the engine declines costs no model request).
 * <ul>
 *   <li>The engine answers: the hybrid waits for the model until shortly before its deadline and answers with the
 *       engine's answer and the model's reasoning — or the engine's own (templated) reasoning when the model fails,
 *       says nothing or is late. A streamed reply cut at the model's deadline still counts: what arrived is prose.</li>
 *   <li>The engine does not answer (declines, fails, times out): the model is not asked, and the engine's outcome
 *       is passed on under the hybrid's name, so the pipeline's fallback solver takes over as it would after the
 *       engine alone. The model's reasoning is not turned into an answer here: a fallback LLM solver asks for an
 *       answer properly (two calls or a "Final answer:" line), which a reference-style reply at 300 tokens and
 *       temperature 0.7 — often cut off — does not give.</li>
 * </ul>
 *
 * <p>Deadlines: the model's request ends {@code modelCutoff} before the solver's deadline (capped at a quarter of the
 * budget), and the hybrid waits for it until half of that before the deadline: a streamed partial reply is in hand
 * and the solver still returns before its deadline.
 *
 * <p>Not {@linkplain #cpuBound() CPU-bound}, deliberately, although the engine part is CPU work: the host runs a
 * CPU-bound solver's whole {@code solve} on one of its few CPU workers (one per core), and most of a hybrid solve is
 * the wait on the model (seconds), which would hold that worker and starve the engine-only solves. The SPI gives a
 * solver no way to run only a part of its solve on the CPU pool, so the engine's part runs on the calling (virtual)
 * thread; it is short (the math engine: under a millisecond typically) and gives up at the deadline.
 */
final class HybridSolver implements Solver {

    private static final Logger LOG = LoggerFactory.getLogger(HybridSolver.class);

    private final String name;
    private final Solver engine;
    private final ChatModel model;
    private final ValidatorReferenceRequest request;
    private final Duration modelCutoff;
    private final Clock clock;
    private final Counter replies;

    HybridSolver(String name, Solver engine, ChatModel model, ValidatorReferenceRequest request, Duration modelCutoff,
                 Clock clock, Metrics metrics) {
        this.name = name;
        this.engine = engine;
        this.model = model;
        this.request = request;
        this.modelCutoff = modelCutoff;
        this.clock = clock;
        this.replies = metrics.counter("logicminer_hybrid_replies_total",
                "Hybrid solver replies by where their reasoning came from: model (in time), model_partial (a reply cut"
                        + " at the deadline), or the engine's own after the model was late, failed or empty",
                "solver", "reasoning");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Solution solve(Challenge challenge) throws InterruptedException {
        Instant start = clock.instant();
        Instant deadline = challenge.deadline();
        Duration budget = challenge.remaining(clock);
        Duration cutoff = modelCutoff.compareTo(budget.dividedBy(4)) > 0 ? budget.dividedBy(4) : modelCutoff;
        Instant modelDeadline = deadline.minus(cutoff);
        Instant waitUntil = deadline.minus(cutoff.dividedBy(2));

        // The engine first: it takes well under a millisecond and declines most questions that are not its own,
        // and a model request started for a declined question would only be aborted.
        Solution computed = engine.solve(challenge);
        Duration engineTook = since(start);
        Timings timings = Timings.NONE.withPhase("engine", engineTook);
        if (!computed.status().mayCarryAnswer()) {
            return new Solution(computed.reasoning(), "", name, computed.status(),
                    "engine " + engine.name() + " " + computed.status().label() + ": " + computed.error(),
                    timings.withElapsed(since(start)));
        }

        PendingReasoning reasoning = PendingReasoning.start(model, request.forQuestion(challenge.question(), modelDeadline));
        ModelReasoning written = reasoning.await(waitUntil, clock);
        timings = timings.withPhase("model", since(start));
        String text = written.text().orElse(computed.reasoning());
        replies.inc(name, reasoningSource(written));
        if (written.text().isEmpty()) {
            LOG.debug("{}: model {} {}; the engine's reasoning goes out", name, model.name(), written.outcome());
        }
        return new Solution(text, computed.answer(), name, computed.status(), computed.error(),
                timings.withElapsed(since(start)));
    }

    /** A bounded label for the reply's reasoning: model, model_partial, engine_late, engine_failed, engine_empty. */
    static String reasoningSource(ModelReasoning written) {
        if (written.text().isPresent()) {
            return written.outcome().startsWith("cut short") ? "model_partial" : "model";
        }
        String outcome = written.outcome();
        int space = outcome.indexOf(' ');
        return "engine_" + (space < 0 ? outcome : outcome.substring(0, space));
    }

    private Duration since(Instant t) {
        return Duration.between(t, clock.instant());
    }
}
