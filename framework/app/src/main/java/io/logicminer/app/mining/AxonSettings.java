package io.logicminer.app.mining;

import io.logicminer.bittensor.axon.AxonConfig;
import io.logicminer.bittensor.axon.InvalidSettingException;
import io.logicminer.bittensor.policy.MinerPolicy;
import io.logicminer.bittensor.policy.MinerPolicyPreset;
import io.logicminer.spi.ComponentConfig;
import java.time.Duration;

/**
 * Reads the axon's settings ({@code axon.*}, {@code miner.*} policy keys) from the host's configuration into the
 * protocol module's plain {@link AxonConfig}. {@code miner.policy} names a {@link MinerPolicyPreset} whose values are
 * the defaults of {@code miner.min_stake}, {@code miner.min_volume_per_validator},
 * {@code miner.max_volume_per_validator} and {@code miner.limit_interval}; a key set explicitly wins. A value out of range is reported at its own key and origin (e.g.
 * {@code axon.max_concurrent (command line --axon.max_concurrent): must be at least 1, got 0}).
 */
public final class AxonSettings {

    private AxonSettings() {
    }

    /** The axon settings of the root configuration. */
    public static AxonConfig read(ComponentConfig root) {
        ComponentConfig axon = root.section("axon");
        ComponentConfig miner = root.section("miner");
        try {
            MinerPolicyPreset preset = preset(miner);
            MinerPolicy d = MinerPolicy.DEFAULTS;
            MinerPolicy policy = new MinerPolicy(miner.getDouble("min_stake", preset.minStake()),
                miner.getBoolean("require_validator_permit", d.requireValidatorPermit()),
                miner.getInt("epoch_volume", d.epochVolume()),
                seconds(miner, "limit_interval", preset.limitInterval()),
                miner.getInt("min_volume_per_validator", preset.minPerValidator()),
                miner.getInt("max_volume_per_validator", preset.maxPerValidator()),
                miner.getString("category", d.category()));
            AxonConfig defaults = AxonConfig.builder().build();
            return AxonConfig.builder()
                .ip(axon.getString("ip", defaults.ip()))
                .port(axon.getInt("port", defaults.port()))
                .externalIp(axon.has("external_ip") ? axon.getString("external_ip") : null)
                .externalPort(axon.has("external_port") ? axon.getInt("external_port") : null)
                .maxBodyBytes(axon.getLong("max_body_bytes", defaults.maxBodyBytes()))
                .maxHeaderBytes(axon.getInt("max_header_bytes", defaults.maxHeaderBytes()))
                .maxQuestionBytes(axon.getInt("max_question_bytes", defaults.maxQuestionBytes()))
                .headerTimeout(axon.getDuration("header_timeout", defaults.headerTimeout()))
                .idleTimeout(axon.getDuration("idle_timeout", defaults.idleTimeout()))
                .minRequestDataRate(axon.getLong("min_request_data_rate", defaults.minRequestDataRate()))
                .maxConnections(axon.getInt("max_connections", defaults.maxConnections()))
                .maxConcurrent(axon.getInt("max_concurrent", defaults.maxConcurrent()))
                .queueCapacity(axon.getInt("queue_capacity", defaults.queueCapacity()))
                .deadlineMargin(axon.getDuration("deadline_margin", defaults.deadlineMargin()))
                .minSolveBudget(axon.getDuration("min_solve_budget", defaults.minSolveBudget()))
                .initialSolveTime(axon.getDuration("initial_solve_time", defaults.initialSolveTime()))
                .maxTimeout(axon.getDuration("max_timeout", defaults.maxTimeout()))
                .nonceFutureTolerance(axon.getDuration("nonce_future_tolerance", defaults.nonceFutureTolerance()))
                .noncesPerHotkey(axon.getInt("nonces_per_hotkey", defaults.noncesPerHotkey()))
                .strangerNonceCapacity(axon.getInt("stranger_nonce_capacity", defaults.strangerNonceCapacity()))
                .informationRate(axon.getDouble("information_rate", defaults.informationRate()))
                .informationBurst(axon.getInt("information_burst", defaults.informationBurst()))
                .shutdownGrace(axon.getDuration("shutdown_grace", defaults.shutdownGrace()))
                .bittensorVersion(axon.getLong("bittensor_version", defaults.bittensorVersion()))
                .policy(policy)
                .build();
        } catch (InvalidSettingException e) {
            int dot = e.key().indexOf('.');
            throw root.section(e.key().substring(0, dot)).invalid(e.key().substring(dot + 1), e.problem());
        }
    }

    /** {@code miner.policy}: the release whose admission defaults apply (explicit keys still win). */
    static MinerPolicyPreset preset(ComponentConfig miner) {
        if (!miner.has("policy")) {
            return MinerPolicyPreset.CURRENT;
        }
        String name = miner.getString("policy");
        return MinerPolicyPreset.named(name).orElseThrow(() -> miner.invalid("policy", "unknown policy preset '"
            + name + "'; choose one of " + String.join(", ", MinerPolicyPreset.ids()) + " (the LogicNet release"
            + " whose miner admission rules to follow; " + MinerPolicyPreset.CURRENT.id() + " is what validators"
            + " run today)"));
    }

    /** {@code miner.limit_interval} is seconds in the reference (a bare number); HOCON durations work too. */
    private static Duration seconds(ComponentConfig section, String key, Duration fallback) {
        if (!section.has(key)) {
            return fallback;
        }
        String text = section.getString(key).strip();
        if (text.matches("\\d+(\\.\\d+)?")) {
            return Duration.ofMillis((long) (Double.parseDouble(text) * 1000));
        }
        return section.getDuration(key, fallback);
    }
}
