package io.logicminer.logicnet;

import io.logicminer.bittensor.axon.AxonRejection;
import io.logicminer.bittensor.axon.SolveContext;
import io.logicminer.bittensor.axon.SynapseHandler;
import io.logicminer.bittensor.synapse.Synapse;
import java.nio.charset.StandardCharsets;

/**
 * LogicNet's {@code LogicSynapse} route: refuses a {@code logic_question} over {@code axon.max_question_bytes} (413)
 * before it is queued, then asks the {@link LogicHandler} and writes its reasoning and answer into the synapse.
 */
public final class LogicSynapseHandler implements SynapseHandler {

    private final LogicHandler handler;
    private final int maxQuestionBytes;

    public LogicSynapseHandler(LogicHandler handler, int maxQuestionBytes) {
        this.handler = handler;
        this.maxQuestionBytes = maxQuestionBytes;
    }

    @Override
    public void admit(Synapse body) throws AxonRejection {
        String question = body.field("logic_question").asText();
        // UTF-8 is at most 3 bytes per char: count bytes only when the char count alone cannot decide.
        if (question.length() > maxQuestionBytes / 3) {
            int bytes = question.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxQuestionBytes) {
                throw new AxonRejection(413, "question_too_large", "logic_question of " + bytes + " bytes exceeds"
                    + " axon.max_question_bytes = " + maxQuestionBytes);
            }
        }
    }

    @Override
    public Handled handle(Synapse body, SolveContext context) throws InterruptedException {
        LogicQuestion question = question(body, context.timeoutSeconds());
        LogicAnswer answer = handler.answer(question, context.budget(), context.who());
        if (answer == null) {
            return unanswered(body, "empty");
        }
        return new Handled(LogicSynapse.answered(body, answer.reasoning(), answer.answer()), answer.outcome());
    }

    /** The {@link LogicHandler#unanswered} reply, so a timed-out request still leaves with the handler's answer. */
    @Override
    public Handled unanswered(Synapse body, String outcome) {
        LogicAnswer answer = handler.unanswered(question(body, body.timeoutOrDefault()), outcome);
        if (answer == null) {
            return new Handled(body, outcome);
        }
        return new Handled(LogicSynapse.answered(body, answer.reasoning(), answer.answer()), outcome);
    }

    private static LogicQuestion question(Synapse body, double timeoutSeconds) {
        LogicSynapse typed = LogicSynapse.from(body);
        return new LogicQuestion(typed.logicQuestion(), typed.category(), timeoutSeconds, typed.taskUid());
    }
}
