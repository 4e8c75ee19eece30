package io.logicminer.bittensor.axon;

import io.logicminer.bittensor.policy.MinerPolicy;
import io.logicminer.spi.ComponentConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything an axon needs to know besides its collaborators. Built with {@link #builder()} or read from the host's
 * configuration with {@link #from(ComponentConfig)}.
 *
 * <table>
 *   <caption>Configuration keys</caption>
 *   <tr><td>axon.ip</td><td>bind address, default 0.0.0.0</td></tr>
 *   <tr><td>axon.port</td><td>bind port, default 8091 (0 = any free port)</td></tr>
 *   <tr><td>axon.external_ip / axon.external_port</td><td>what to advertise on chain; default the bind values</td></tr>
 *   <tr><td>axon.max_body_bytes</td><td>larger bodies get 413; default 1 MiB</td></tr>
 *   <tr><td>axon.max_header_bytes</td><td>larger header blocks get 431; default 16 KiB</td></tr>
 *   <tr><td>axon.idle_timeout</td><td>connection idle limit (slow clients); default 30s</td></tr>
 *   <tr><td>axon.min_request_data_rate</td><td>bytes/s a body upload must keep up; default 1024</td></tr>
 *   <tr><td>axon.max_concurrent</td><td>solves at once; default 8</td></tr>
 *   <tr><td>axon.queue_capacity</td><td>requests waiting for a solve slot; default 64 (full → 503)</td></tr>
 *   <tr><td>axon.deadline_margin</td><td>kept back from the validator's timeout; default 1s</td></tr>
 *   <tr><td>axon.max_timeout</td><td>largest timeout honoured for nonce windows and budgets; default 300s</td></tr>
 *   <tr><td>axon.nonce_future_tolerance</td><td>clock skew allowed for nonces ahead of us; default 30s</td></tr>
 *   <tr><td>axon.nonce_capacity</td><td>dendrite instances remembered (metagraph hotkeys); default 65536</td></tr>
 *   <tr><td>axon.stranger_nonce_capacity</td><td>same for hotkeys outside the metagraph; default 4096</td></tr>
 *   <tr><td>axon.shutdown_grace</td><td>how long stop() lets in-flight requests finish; default 30s</td></tr>
 *   <tr><td>axon.bittensor_version</td><td>version number sent in headers; default 9000000 (9.0.0)</td></tr>
 *   <tr><td>metrics.host / metrics.port</td><td>Prometheus endpoint; default 0.0.0.0:9091, port -1 disables</td></tr>
 *   <tr><td>miner.*</td><td>see {@link MinerPolicy}: min_stake, require_validator_permit, epoch_volume,
 *       limit_interval, category</td></tr>
 * </table>
 */
public record AxonConfig(String ip, int port, String externalIp, Integer externalPort, long maxBodyBytes,
                         int maxHeaderBytes, Duration idleTimeout, long minRequestDataRate, int maxConcurrent,
                         int queueCapacity, Duration deadlineMargin, Duration maxTimeout,
                         Duration nonceFutureTolerance, int nonceCapacity, int strangerNonceCapacity,
                         Duration shutdownGrace, long bittensorVersion, String metricsHost, int metricsPort,
                         MinerPolicy policy) {

    public AxonConfig {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(policy, "policy");
        check(port >= 0 && port <= 65535, "axon.port must be 0..65535, got " + port);
        check(externalPort == null || (externalPort > 0 && externalPort <= 65535),
            "axon.external_port must be 1..65535, got " + externalPort);
        check(maxBodyBytes > 0, "axon.max_body_bytes must be positive, got " + maxBodyBytes);
        check(maxHeaderBytes >= 1024, "axon.max_header_bytes must be at least 1024, got " + maxHeaderBytes);
        check(maxConcurrent >= 1, "axon.max_concurrent must be at least 1, got " + maxConcurrent);
        check(queueCapacity >= 0, "axon.queue_capacity must not be negative, got " + queueCapacity);
        check(!deadlineMargin.isNegative(), "axon.deadline_margin must not be negative, got " + deadlineMargin);
        check(maxTimeout.toMillis() > 0, "axon.max_timeout must be positive, got " + maxTimeout);
        check(nonceCapacity >= 1 && strangerNonceCapacity >= 1, "axon nonce capacities must be at least 1");
        check(metricsPort >= -1 && metricsPort <= 65535, "metrics.port must be -1 (off) or 0..65535, got "
            + metricsPort);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The IP advertised on chain. */
    public String advertisedIp() {
        return externalIp != null ? externalIp : ip;
    }

    /** The port advertised on chain. */
    public int advertisedPort() {
        return externalPort != null ? externalPort : port;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Reads the {@code axon}, {@code miner} and {@code metrics} sections of the root configuration. */
    public static AxonConfig from(ComponentConfig root) {
        ComponentConfig axon = root.section("axon");
        ComponentConfig miner = root.section("miner");
        ComponentConfig metrics = root.section("metrics");
        MinerPolicy d = MinerPolicy.DEFAULTS;
        Builder b = builder();
        MinerPolicy policy;
        try {
            policy = new MinerPolicy(miner.getDouble("min_stake", d.minStake()),
                miner.getBoolean("require_validator_permit", d.requireValidatorPermit()),
                miner.getInt("epoch_volume", d.epochVolume()),
                seconds(miner, "limit_interval", d.limitInterval()),
                miner.getInt("min_volume_per_validator", d.minPerValidator()),
                miner.getInt("max_volume_per_validator", d.maxPerValidator()),
                miner.getString("category", d.category()));
        } catch (IllegalArgumentException e) {
            throw miner.invalid("epoch_volume", e.getMessage());
        }
        try {
            return b.ip(axon.getString("ip", b.ip)).port(axon.getInt("port", b.port))
                .externalIp(axon.has("external_ip") ? axon.getString("external_ip") : null)
                .externalPort(axon.has("external_port") ? axon.getInt("external_port") : null)
                .maxBodyBytes(axon.getLong("max_body_bytes", b.maxBodyBytes))
                .maxHeaderBytes(axon.getInt("max_header_bytes", b.maxHeaderBytes))
                .idleTimeout(axon.getDuration("idle_timeout", b.idleTimeout))
                .minRequestDataRate(axon.getLong("min_request_data_rate", b.minRequestDataRate))
                .maxConcurrent(axon.getInt("max_concurrent", b.maxConcurrent))
                .queueCapacity(axon.getInt("queue_capacity", b.queueCapacity))
                .deadlineMargin(axon.getDuration("deadline_margin", b.deadlineMargin))
                .maxTimeout(axon.getDuration("max_timeout", b.maxTimeout))
                .nonceFutureTolerance(axon.getDuration("nonce_future_tolerance", b.nonceFutureTolerance))
                .nonceCapacity(axon.getInt("nonce_capacity", b.nonceCapacity))
                .strangerNonceCapacity(axon.getInt("stranger_nonce_capacity", b.strangerNonceCapacity))
                .shutdownGrace(axon.getDuration("shutdown_grace", b.shutdownGrace))
                .bittensorVersion(axon.getLong("bittensor_version", b.bittensorVersion))
                .metricsHost(metrics.getString("host", b.metricsHost))
                .metricsPort(metrics.getInt("port", b.metricsPort))
                .policy(policy)
                .build();
        } catch (IllegalArgumentException e) {
            throw axon.invalid("port", e.getMessage());
        }
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

    /** Builder with the defaults listed on {@link AxonConfig}. */
    public static final class Builder {
        private String ip = "0.0.0.0";
        private int port = 8091;
        private String externalIp;
        private Integer externalPort;
        private long maxBodyBytes = 1 << 20;
        private int maxHeaderBytes = 16 * 1024;
        private Duration idleTimeout = Duration.ofSeconds(30);
        private long minRequestDataRate = 1024;
        private int maxConcurrent = 8;
        private int queueCapacity = 64;
        private Duration deadlineMargin = Duration.ofSeconds(1);
        private Duration maxTimeout = Duration.ofSeconds(300);
        private Duration nonceFutureTolerance = Duration.ofSeconds(30);
        private int nonceCapacity = 65_536;
        private int strangerNonceCapacity = 4_096;
        private Duration shutdownGrace = Duration.ofSeconds(30);
        private long bittensorVersion = 9_000_000;
        private String metricsHost = "0.0.0.0";
        private int metricsPort = 9091;
        private MinerPolicy policy = MinerPolicy.DEFAULTS;

        private Builder() {
        }

        public Builder ip(String v) { this.ip = v; return this; }
        public Builder port(int v) { this.port = v; return this; }
        public Builder externalIp(String v) { this.externalIp = v; return this; }
        public Builder externalPort(Integer v) { this.externalPort = v; return this; }
        public Builder maxBodyBytes(long v) { this.maxBodyBytes = v; return this; }
        public Builder maxHeaderBytes(int v) { this.maxHeaderBytes = v; return this; }
        public Builder idleTimeout(Duration v) { this.idleTimeout = v; return this; }
        public Builder minRequestDataRate(long v) { this.minRequestDataRate = v; return this; }
        public Builder maxConcurrent(int v) { this.maxConcurrent = v; return this; }
        public Builder queueCapacity(int v) { this.queueCapacity = v; return this; }
        public Builder deadlineMargin(Duration v) { this.deadlineMargin = v; return this; }
        public Builder maxTimeout(Duration v) { this.maxTimeout = v; return this; }
        public Builder nonceFutureTolerance(Duration v) { this.nonceFutureTolerance = v; return this; }
        public Builder nonceCapacity(int v) { this.nonceCapacity = v; return this; }
        public Builder strangerNonceCapacity(int v) { this.strangerNonceCapacity = v; return this; }
        public Builder shutdownGrace(Duration v) { this.shutdownGrace = v; return this; }
        public Builder bittensorVersion(long v) { this.bittensorVersion = v; return this; }
        public Builder metricsHost(String v) { this.metricsHost = v; return this; }
        public Builder metricsPort(int v) { this.metricsPort = v; return this; }
        public Builder policy(MinerPolicy v) { this.policy = v; return this; }

        public AxonConfig build() {
            return new AxonConfig(ip, port, externalIp, externalPort, maxBodyBytes, maxHeaderBytes, idleTimeout,
                minRequestDataRate, maxConcurrent, queueCapacity, deadlineMargin, maxTimeout, nonceFutureTolerance,
                nonceCapacity, strangerNonceCapacity, shutdownGrace, bittensorVersion, metricsHost, metricsPort,
                policy);
        }
    }
}
