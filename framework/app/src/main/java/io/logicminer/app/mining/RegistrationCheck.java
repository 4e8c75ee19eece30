package io.logicminer.app.mining;

import io.logicminer.bittensor.metagraph.Metagraph;
import io.logicminer.bittensor.metagraph.Neuron;

/** {@code mine} refuses to serve a subnet its hotkey is not registered on: no validator would ever call it. */
public final class RegistrationCheck {

    private RegistrationCheck() {
    }

    /**
     * @return the miner's neuron
     * @throws NotRegisteredException naming the hotkey, the netuid and the btcli command that registers it
     */
    public static Neuron require(Metagraph metagraph, String hotkey, String walletName, String hotkeyName) {
        Neuron neuron = metagraph.byHotkey(hotkey);
        if (neuron == null) {
            int netuid = metagraph.netuid();
            throw new NotRegisteredException("hotkey " + hotkey + " (wallet " + walletName + "/" + hotkeyName
                    + ") is not registered on netuid " + netuid + " (metagraph of block " + metagraph.block()
                    + "); register it with: btcli subnets register --netuid " + netuid + " --wallet.name "
                    + walletName + " --wallet.hotkey " + hotkeyName);
        }
        return neuron;
    }
}
