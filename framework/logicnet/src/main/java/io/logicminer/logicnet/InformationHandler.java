package io.logicminer.logicnet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.logicminer.bittensor.axon.SolveContext;
import io.logicminer.bittensor.axon.SynapseHandler;
import io.logicminer.bittensor.synapse.Synapse;

/** LogicNet's {@code Information} route: answers {@code response_dict = {"epoch_volume": N, "category": C}}. */
public final class InformationHandler implements SynapseHandler {

    private final ObjectNode minerInfo;

    public InformationHandler(int epochVolume, String category) {
        this.minerInfo = InformationSynapse.minerInfo(epochVolume, category);
    }

    @Override
    public Handled handle(Synapse body, SolveContext context) {
        return new Handled(body.withField("response_dict", minerInfo.deepCopy()), "information");
    }
}
