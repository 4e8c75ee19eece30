package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.synapse.Synapse;
import io.logicminer.bittensor.synapse.SynapseHeaders;
import io.logicminer.bittensor.synapse.SynapseJson;
import io.logicminer.bittensor.synapse.TerminalInfo;

/**
 * Response: the answered synapse with the axon terminal's status 200 "Success" and process time, as JSON with the
 * synapse headers (the SDK's success shape). The last stage; it does not call on.
 */
final class ResponseStage implements AxonStage {

    @Override
    public AxonResponse intercept(Chain chain) {
        AxonExchange exchange = chain.exchange();
        Synapse answered = exchange.answered();
        TerminalInfo axon = answered.axon().withStatus(200, "Success")
            .withProcessTime((System.nanoTime() - exchange.request().startNanos()) / 1e9);
        Synapse response = answered.withAxon(axon);
        byte[] json = SynapseJson.toBytes(response);
        return new AxonResponse(200, SynapseHeaders.toHeaders(response, json.length), json, exchange.synapseName(),
            exchange.neuron() == null ? -1 : exchange.neuron().uid(), exchange.outcome());
    }
}
