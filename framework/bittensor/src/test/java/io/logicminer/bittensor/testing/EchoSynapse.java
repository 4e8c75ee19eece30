package io.logicminer.bittensor.testing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.logicminer.bittensor.axon.AxonRejection;
import io.logicminer.bittensor.axon.SolveContext;
import io.logicminer.bittensor.axon.SynapseHandler;
import io.logicminer.bittensor.synapse.FieldType;
import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseField;
import io.logicminer.bittensor.synapse.SynapseKind;
import java.util.List;

/**
 * A subnet-neutral synapse for testing the generic axon: {@code text} in, {@code echo} out. No required hash fields
 * (its body hash is the empty one) and a float {@code timeout} defaulting to 12, like the SDK's base class.
 */
public final class EchoSynapse {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The synapse class, route {@code /EchoSynapse}. */
    public static final SynapseKind KIND = new SynapseKind("EchoSynapse", List.of(
        new SynapseField("text", FieldType.STRING, NODES.textNode("")),
        new SynapseField("echo", FieldType.STRING, NODES.textNode(""))),
        List.of(), false, 12.0);

    private EchoSynapse() {
    }

    /** An unsigned request carrying {@code text}. */
    public static Synapse of(String text, double timeout) {
        return Synapse.empty(KIND).withTimeout(timeout).withField("text", NODES.textNode(text));
    }

    /** Refuses a {@code text} longer than {@code maxChars} (413 {@code text_too_large}) before queueing; echoes it. */
    public static SynapseHandler handler(int maxChars) {
        return new SynapseHandler() {
            @Override
            public void admit(Synapse body) throws AxonRejection {
                int length = body.field("text").asText().length();
                if (length > maxChars) {
                    throw new AxonRejection(413, "text_too_large", "text of " + length + " chars exceeds " + maxChars);
                }
            }

            @Override
            public Handled handle(Synapse body, SolveContext context) {
                return new Handled(body.withField("echo", body.field("text")), "answered");
            }
        };
    }
}
