package io.logicminer.spi.category;

import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.chat.ChatMessage;

import java.util.List;
import java.util.Optional;

/**
 * Knowledge about one kind of question: prompts, answer extraction, normalisation and equivalence. Thread-safe and
 * side-effect free.
 */
public interface Category {

    /** The category name as validators send it, e.g. {@code "Logic"}. */
    String name();

    /** Messages for the first call of a two-call solve: the question alone, as the reference miner sends it. */
    List<ChatMessage> reasoningPrompt(String question);

    /** The follow-up user message of a two-call solve that asks for only the short final answer. */
    String answerFollowUp();

    /** Messages for a single call that asks for reasoning and a final-answer line together. */
    List<ChatMessage> singleCallPrompt(String question);

    /**
     * The final answer inside a model's output (a {@code Final answer:} line, a {@code \boxed{}}, a last sentence),
     * normalised; empty when nothing answer-like is there.
     */
    Optional<String> extractAnswer(String modelOutput);

    /** The answer in canonical form: LaTeX and {@code $} wrappers removed, whitespace collapsed. */
    String normalize(String answer);

    /**
     * Whether two answers mean the same: numbers within tolerance, fractions vs decimals, sequences, sets, matrices,
     * yes/no. Symmetric; both arguments are raw answers (they are normalised inside).
     */
    boolean equivalent(String answer, String expected);

    /**
     * The reply that leaves the miner for {@code solution}: the category's rules for what a validator accepts,
     * applied to every solution the host sends back, whatever solver made it and however it ended (answered, a
     * fallback's answer, partial, timed out, failed, declined). A category uses it to keep replies clear of what its
     * validators penalise (an empty or overlong answer, template placeholders, banned words) — for example by
     * extracting the final answer from long text or filling an empty field.
     *
     * <p>Called once per reply on the request's thread after the solvers are done, so it must be fast (no model
     * calls), side-effect free, and must not throw. The default sends the solution's reasoning and answer unchanged.
     *
     * @param challenge the challenge as received
     * @param solution  the solver's (or the host's) solution; its answer is empty unless its status may carry one
     */
    default Reply finalise(Challenge challenge, Solution solution) {
        return new Reply(solution.reasoning(), solution.answer());
    }

    /** A generator of challenges with ground truth for this category, if it has one. */
    default Optional<ChallengeGenerator> generator() {
        return Optional.empty();
    }
}
