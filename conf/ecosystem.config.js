// Sample pm2 ecosystem file for a long-running miner on finney: pm2 start conf/ecosystem.config.js
// Edit before starting:
//   - script: where the distribution is unpacked;
//   - --wallet.name / --wallet.hotkey: a hotkey registered on netuid 35 (mine exits 2 naming it when it is not);
//   - --axon.external_ip: this machine's public IP, published on chain with serve_axon (--axon.external_port when a
//     NAT forwards another port to --axon.port);
//   - the solver flags (e.g. --miner.llm_client.base_url http://localhost:8000/v1).
// Put secrets in the environment of the pm2 daemon, not here.
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
        "--axon.external_ip", "203.0.113.7",
        "--miner.category", "Logic",
        "--miner.epoch_volume", "50",
      ],
      // Heap: bin/logicminer defaults to -XX:MaxRAMPercentage=50; JAVA_OPTS overrides it.
      env: { JAVA_OPTS: "" },
      // The axon drains in-flight requests on SIGTERM (then exits 0); give it time.
      kill_timeout: 90000,
      autorestart: true,
      // A config error or an unregistered hotkey exits with 2: do not restart in a loop.
      stop_exit_codes: [2],
    },
  ],
};
