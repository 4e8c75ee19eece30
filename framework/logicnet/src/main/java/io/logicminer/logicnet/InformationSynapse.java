package io.logicminer.logicnet;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.synapse.FieldType;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseField;
import io.logicminer.bittensor.synapse.SynapseKind;
import java.util.List;

/**
 * LogicNet's {@code Information} synapse: a validator asks the miner what it serves; the miner answers {@code
 * response_dict = {"epoch_volume": N, "category": "Logic"}}. The reference miner never blacklists it.
 *
 * @param requestDict  what the validator sent (normally empty)
 * @param responseDict the miner's answer
 */
public record InformationSynapse(ObjectNode requestDict, ObjectNode responseDict) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The synapse class, route {@code /Information}. */
    public static final SynapseKind KIND = new SynapseKind("Information", List.of(
        new SynapseField("request_dict", FieldType.OBJECT, NODES.objectNode()),
        new SynapseField("response_dict", FieldType.OBJECT, NODES.objectNode())),
        List.of(), false, 12.0);

    /** The typed view of a synapse of {@link #KIND}. */
    public static InformationSynapse from(Synapse synapse) {
        if (synapse.kind() != KIND) {
            throw new IllegalArgumentException("not an Information synapse: " + synapse.kind().name());
        }
        return new InformationSynapse((ObjectNode) synapse.field("request_dict"),
            (ObjectNode) synapse.field("response_dict"));
    }

    /** The miner's answer: {@code {"epoch_volume": N, "category": C}}. */
    public static ObjectNode minerInfo(int epochVolume, String category) {
        ObjectNode info = NODES.objectNode();
        info.put("epoch_volume", epochVolume);
        info.put("category", category);
        return info;
    }
}
