package io.logicminer.app.mining;

import io.logicminer.bittensor.axon.ValidatorIdentity;
import io.logicminer.core.pipeline.SolvePipeline;
import io.logicminer.logicnet.LogicAnswer;
import io.logicminer.logicnet.LogicHandler;
import io.logicminer.logicnet.LogicQuestion;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.category.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The axon's {@code LogicSynapse} handler: the host's solve pipeline, then the challenge category's
 * {@link Category#finalise finalise} on every reply that leaves — an answer, a fallback's answer, a partial, a
 * timeout, a failure, and the axon's own {@link #unanswered} reply when the pipeline overran — so no solver's output
 * reaches a validator without the category's rules. The metrics' outcome label is taken from the solution before it
 * is finalised (it says what the solvers did, not what the hygiene made of it).
 */
public final class PipelineLogicHandler implements LogicHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineLogicHandler.class);

    private final SolvePipeline pipeline;
    private final Function<String, Optional<Category>> categories;
    private final String defaultCategory;
    private final Clock clock;

    /**
     * @param pipeline        the solvers
     * @param categories      the category for a name on the wire (an unknown name should give the miner's own);
     *                        empty when no plugin offers one: the reply is then the solution as it is
     * @param defaultCategory the miner's category ({@code miner.category}) for questions that name none
     * @param clock           the host's clock (deadlines)
     */
    public PipelineLogicHandler(SolvePipeline pipeline, Function<String, Optional<Category>> categories,
                                String defaultCategory, Clock clock) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.categories = Objects.requireNonNull(categories, "categories");
        this.defaultCategory = Objects.requireNonNull(defaultCategory, "defaultCategory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LogicAnswer answer(LogicQuestion question, Duration budget, ValidatorIdentity who)
            throws InterruptedException {
        Challenge challenge = challenge(question, budget);
        Solution solution = pipeline.solve(challenge);
        if (!solution.isAnswered()) {
            LOG.info("uid {} got no answer: {} {}", who == null ? "-" : who.uid(),
                    solution.status().name().toLowerCase(Locale.ROOT), solution.error());
        }
        Reply reply = finalise(challenge, solution);
        return new LogicAnswer(reply.reasoning(), reply.answer(), MinerNode.outcome(solution, pipeline.primaryName()));
    }

    /** The category's reply for a solve that never came back (no solver output at all). */
    @Override
    public LogicAnswer unanswered(LogicQuestion question, String outcome) {
        Challenge challenge = challenge(question, Duration.ZERO);
        Reply reply = finalise(challenge, Solution.timedOut(pipeline.primaryName(), "", "the axon answered without"
                + " the pipeline (" + outcome + ")"));
        return new LogicAnswer(reply.reasoning(), reply.answer(), outcome);
    }

    private Challenge challenge(LogicQuestion question, Duration budget) {
        Duration timeout = question.timeout() > 0 ? Duration.ofMillis((long) (question.timeout() * 1000)) : budget;
        String id = question.taskUid() == null || question.taskUid().isBlank() ? UUID.randomUUID().toString()
                : question.taskUid();
        String category = question.category() == null || question.category().isBlank() ? defaultCategory
                : question.category();
        return new Challenge(id, question.question() == null ? "" : question.question(), category,
                timeout.isZero() || timeout.isNegative() ? Duration.ofSeconds(1) : timeout,
                clock.instant().plus(budget));
    }

    /** The category's reply; the solution as it is only if the category itself fails (a bug, logged). */
    private Reply finalise(Challenge challenge, Solution solution) {
        try {
            Optional<Category> category = categories.apply(challenge.category());
            if (category.isEmpty()) {
                return new Reply(solution.reasoning(), solution.answer());
            }
            Reply reply = category.get().finalise(challenge, solution);
            if (reply != null) {
                return reply;
            }
            LOG.warn("category {} finalised a reply to null; sending the solution as it is", challenge.category());
        } catch (RuntimeException e) {
            LOG.warn("category {} failed to finalise a reply: {}; sending the solution as it is",
                    challenge.category(), e.toString());
        }
        return new Reply(solution.reasoning(), solution.answer());
    }
}
