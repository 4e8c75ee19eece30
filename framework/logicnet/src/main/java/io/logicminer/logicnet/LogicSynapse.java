package io.logicminer.logicnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.logicminer.bittensor.synapse.BodyHash;
import io.logicminer.bittensor.synapse.FieldType;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseField;
import io.logicminer.bittensor.synapse.SynapseKind;
import java.util.List;

/**
 * LogicNet's {@code LogicSynapse} (logicnet/protocol.py): a validator's question and the miner's reasoning and answer.
 * The validator-only fields ({@code raw_logic_question}, {@code ground_truth_answer}) arrive empty at a miner. No
 * required hash fields, so its body hash is {@link BodyHash#EMPTY}; {@code timeout} is an {@code int} defaulting to 64.
 *
 * @param logicQuestion     the (paraphrased) question
 * @param logicAnswer       the short answer ({@code Union[str, object]}: usually a string)
 * @param logicReasoning    step-by-step reasoning
 * @param rawLogicQuestion  the unparaphrased question (validator side only)
 * @param groundTruthAnswer the reference answer (validator side only)
 * @param category          category name, e.g. {@code Logic}
 * @param timeout           seconds the validator allows
 * @param taskUid           validator's task identifier
 */
public record LogicSynapse(String logicQuestion, JsonNode logicAnswer, String logicReasoning, String rawLogicQuestion,
                           JsonNode groundTruthAnswer, String category, int timeout, String taskUid) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The synapse class, route {@code /LogicSynapse}. */
    public static final SynapseKind KIND = new SynapseKind("LogicSynapse", List.of(
        new SynapseField("logic_question", FieldType.STRING, NODES.textNode("")),
        new SynapseField("logic_answer", FieldType.ANY, NODES.textNode("")),
        new SynapseField("logic_reasoning", FieldType.STRING, NODES.textNode("")),
        new SynapseField("raw_logic_question", FieldType.STRING, NODES.textNode("")),
        new SynapseField("ground_truth_answer", FieldType.ANY, NODES.textNode("")),
        new SynapseField("category", FieldType.STRING, NODES.textNode("")),
        new SynapseField("task_uid", FieldType.STRING, NODES.textNode(""))),
        List.of(), true, 64.0);

    /** The typed view of a synapse of {@link #KIND}. */
    public static LogicSynapse from(Synapse synapse) {
        if (synapse.kind() != KIND) {
            throw new IllegalArgumentException("not a LogicSynapse: " + synapse.kind().name());
        }
        return new LogicSynapse(synapse.field("logic_question").asText(), synapse.field("logic_answer"),
            synapse.field("logic_reasoning").asText(), synapse.field("raw_logic_question").asText(),
            synapse.field("ground_truth_answer"), synapse.field("category").asText(),
            (int) Math.floor(synapse.timeoutOrDefault()), synapse.field("task_uid").asText());
    }

    /** A synapse of {@link #KIND} carrying these values, everything else at its default (as the validator builds it). */
    public Synapse toSynapse() {
        return Synapse.empty(KIND).withTimeout((double) timeout)
            .withField("logic_question", NODES.textNode(logicQuestion))
            .withField("logic_answer", logicAnswer)
            .withField("logic_reasoning", NODES.textNode(logicReasoning))
            .withField("raw_logic_question", NODES.textNode(rawLogicQuestion))
            .withField("ground_truth_answer", groundTruthAnswer)
            .withField("category", NODES.textNode(category))
            .withField("task_uid", NODES.textNode(taskUid));
    }

    /** A question as a validator sends it to a miner. */
    public static LogicSynapse question(String question, String category, int timeout, String taskUid) {
        return new LogicSynapse(question, NODES.textNode(""), "", "", NODES.nullNode(), category, timeout, taskUid);
    }

    /** {@code synapse} with the miner's reasoning and answer filled in. */
    public static Synapse answered(Synapse synapse, String reasoning, String answer) {
        return synapse.withField("logic_reasoning", NODES.textNode(reasoning))
            .withField("logic_answer", NODES.textNode(answer));
    }
}
