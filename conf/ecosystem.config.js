// Sample pm2 ecosystem file for a long-running miner: pm2 start conf/ecosystem.config.js
// Adjust the path, wallet and flags; put secrets in the environment of the pm2 daemon, not here.
module.exports = {
  apps: [
    {
      name: "logicminer",
      script: "/opt/logicminer/bin/logicminer",
      interpreter: "none",
      args: [
        "mine",
        "--netuid", "35",
        "--wallet.name", "miner",
        "--wallet.hotkey", "default",
        "--subtensor.network", "finney",
        "--axon.port", "8091",
        "--miner.category", "Logic",
        "--miner.epoch_volume", "50",
      ],
      env: { LOGICMINER_JAVA_OPTS: "-Xmx2g" },
      // The axon drains in-flight requests on SIGTERM; give it time.
      kill_timeout: 90000,
      autorestart: true,
      // A config error exits with 2: do not restart in a loop.
      stop_exit_codes: [2],
    },
  ],
};
