package io.logicminer.solver.math;

import io.logicminer.solver.math.engine.EngineOutcome;
import io.logicminer.solver.math.engine.MathEngine;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.Timings;
import io.logicminer.spi.chat.ChatMessage;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.solver.Solver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code math-tool} solver, in up to three stages, each only when the one before declined:
 * <ol>
 *   <li>the engine on the question as received (no model call: most questions keep their math intact);</li>
 *   <li>the chat model rewrites the question into mathgenerator's canonical form, the engine solves that;</li>
 *   <li>with {@code direct_fallback}, the chat model answers itself like the reference miner: one call for the
 *       reasoning, a second for the short final answer.</li>
 * </ol>
 * A model failure in stage 2 moves on to stage 3; a failure in stage 3 is reported as a failed solution.
 */
public final class MathToolSolver implements Solver {

    static final String REASONING_SYSTEM = "You are a careful math tutor. Solve the problem step by step, "
            + "showing each computation, and state the result at the end.";
    static final String FINAL_ANSWER_PROMPT = "Give the final short answer only: no explanation, no units unless asked.";

    private final String name;
    private final MathEngine engine;
    private final ChatModel model;
    private final boolean directFallback;
    private final int maxTokens;
    private final double temperature;
    private final Clock clock;

    public MathToolSolver(String name, MathEngine engine, ChatModel model, boolean directFallback, int maxTokens,
                          double temperature, Clock clock) {
        this.name = name;
        this.engine = engine;
        this.model = model;
        this.directFallback = directFallback;
        this.maxTokens = maxTokens;
        this.temperature = temperature;
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Solution solve(Challenge challenge) throws InterruptedException {
        Instant start = clock.instant();
        Timings timings = Timings.NONE;
        EngineOutcome direct = engine.solve(challenge.question(), challenge.deadline(), clock);
        timings = timings.withPhase("engine", since(start));
        if (direct.isAnswered()) {
            return done(Solution.answered(name, direct.answer().reasoning(), direct.answer().answer()), timings, start);
        }

        Instant rewriteStart = clock.instant();
        String rewriteTrouble;
        try {
            String canonical = complete(CanonicalRewritePrompt.messages(challenge.question()), challenge, 256).strip();
            timings = timings.withPhase("rewrite", since(rewriteStart));
            EngineOutcome rewritten = engine.solve(canonical, challenge.deadline(), clock);
            if (rewritten.isAnswered()) {
                return done(Solution.answered(name, rewritten.answer().reasoning(), rewritten.answer().answer()), timings, start);
            }
            rewriteTrouble = "engine declined the rewritten question (" + rewritten.declineReason() + ")";
        } catch (ChatModelException e) {
            checkInterrupt(e);
            timings = timings.withPhase("rewrite", since(rewriteStart));
            rewriteTrouble = "rewrite call failed: " + e.getMessage();
        }
        if (!directFallback) {
            return done(Solution.declined(name, direct.declineReason() + "; " + rewriteTrouble), timings, start);
        }

        Instant directStart = clock.instant();
        String reasoning = ""; // kept when a later step fails: a cut reasoning still scores for similarity
        try {
            List<ChatMessage> conversation = new ArrayList<>();
            conversation.add(ChatMessage.system(REASONING_SYSTEM));
            conversation.add(ChatMessage.user(challenge.question()));
            reasoning = complete(conversation, challenge, maxTokens);
            timings = timings.withPhase("reasoning", since(directStart));
            Instant answerStart = clock.instant();
            conversation.add(ChatMessage.assistant(reasoning));
            conversation.add(ChatMessage.user(FINAL_ANSWER_PROMPT));
            String answer = complete(conversation, challenge, 128).strip();
            timings = timings.withPhase("answer", since(answerStart));
            if (answer.isEmpty()) {
                return done(Solution.empty(name, reasoning, "the model gave an empty final answer"), timings, start);
            }
            return done(Solution.answered(name, reasoning, answer), timings, start);
        } catch (ChatModelException e) {
            checkInterrupt(e);
            String why = "engine declined (" + direct.declineReason() + ") and the model failed: " + e.getMessage();
            Solution problem = switch (e.reason()) {
                case DEADLINE -> Solution.timedOut(name, reasoning, why);
                case HTTP_STATUS, IO -> Solution.llmError(name, reasoning, why);
                default -> Solution.failed(name, why);
            };
            return done(problem, timings, start);
        }
    }

    private String complete(List<ChatMessage> messages, Challenge challenge, int tokens) {
        ChatRequest request = ChatRequest.of(messages).withTemperature(temperature).withMaxTokens(Math.min(tokens, maxTokens))
                .withDeadline(challenge.deadline());
        return model.complete(request).content();
    }

    private static void checkInterrupt(ChatModelException e) throws InterruptedException {
        if (e.reason() == ChatModelException.Reason.INTERRUPTED) {
            Thread.currentThread().interrupt();
            throw new InterruptedException(e.getMessage());
        }
    }

    private Duration since(Instant t) {
        return Duration.between(t, clock.instant());
    }

    private Solution done(Solution s, Timings timings, Instant start) {
        return s.withTimings(timings.withElapsed(since(start)));
    }
}
