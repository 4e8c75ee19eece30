package io.logicminer.bittensor.axon;

import static io.logicminer.bittensor.axon.InvalidSettingException.check;

import io.logicminer.bittensor.policy.MinerPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything an axon needs to know besides its collaborators: plain values, built with {@link #builder()}. The host
 * reads them from its configuration (core's {@code AxonSettings}); each value's key is named in the table and in the
 * {@link InvalidSettingException} a bad value raises.
 *
 * <table>
 *   <caption>Configuration keys</caption>
 *   <tr><td>axon.ip</td><td>bind address, default 0.0.0.0</td></tr>
 *   <tr><td>axon.port</td><td>bind port, default 8091 (0 = any free port)</td></tr>
 *   <tr><td>axon.external_ip / axon.external_port</td><td>what to advertise on chain; default the bind values</td></tr>
 *   <tr><td>axon.max_body_bytes</td><td>larger bodies get 413; default 1 MiB</td></tr>
 *   <tr><td>axon.max_header_bytes</td><td>larger header blocks get 431; default 16 KiB</td></tr>
 *   <tr><td>axon.max_question_bytes</td><td>a LogicSynapse whose logic_question is longer (UTF-8) gets 413
 *       before any solving; default 16 KiB</td></tr>
 *   <tr><td>axon.header_timeout</td><td>a connection must deliver its first request's headers within this;
 *       default 10s</td></tr>
 *   <tr><td>axon.idle_timeout</td><td>connection idle limit; default 30s</td></tr>
 *   <tr><td>axon.min_request_data_rate</td><td>bytes/s a body upload must keep up; default 1024</td></tr>
 *   <tr><td>axon.max_connections</td><td>open connections at most; default 2000</td></tr>
 *   <tr><td>axon.max_concurrent</td><td>solves at once; default 8</td></tr>
 *   <tr><td>axon.queue_capacity</td><td>requests waiting for a solve slot; default 64 (full → 503)</td></tr>
 *   <tr><td>axon.deadline_margin</td><td>kept back from the validator's timeout; default 1s</td></tr>
 *   <tr><td>axon.min_solve_budget</td><td>a request is admitted only when its expected start leaves this much
 *       before its deadline; default 1s</td></tr>
 *   <tr><td>axon.initial_solve_time</td><td>solve time assumed before any solve was measured; default 2s</td></tr>
 *   <tr><td>axon.max_timeout</td><td>largest timeout honoured for nonce windows and budgets; default 300s</td></tr>
 *   <tr><td>axon.nonce_future_tolerance</td><td>clock skew allowed for nonces ahead of us; default 30s</td></tr>
 *   <tr><td>axon.nonces_per_hotkey</td><td>dendrite instances remembered per metagraph hotkey; default 64</td></tr>
 *   <tr><td>axon.stranger_nonce_capacity</td><td>hotkeys outside the metagraph remembered; default 4096</td></tr>
 *   <tr><td>axon.information_rate / axon.information_burst</td><td>Information requests per second and burst per
 *       hotkey (token bucket); default 1/s, 20</td></tr>
 *   <tr><td>axon.shutdown_grace</td><td>how long stop() lets in-flight requests finish; default 30s</td></tr>
 *   <tr><td>axon.bittensor_version</td><td>version number sent in headers; default 10002000 (SDK 10.2.0, as serve_axon publishes)</td></tr>
 *   <tr><td>miner.*</td><td>see {@link MinerPolicy}</td></tr>
 * </table>
 */
public record AxonConfig(String ip, int port, String externalIp, Integer externalPort, long maxBodyBytes,
                         int maxHeaderBytes, int maxQuestionBytes, Duration headerTimeout, Duration idleTimeout, long minRequestDataRate,
                         int maxConnections, int maxConcurrent, int queueCapacity, Duration deadlineMargin,
                         Duration minSolveBudget, Duration initialSolveTime, Duration maxTimeout,
                         Duration nonceFutureTolerance, int noncesPerHotkey, int strangerNonceCapacity,
                         double informationRate, int informationBurst, Duration shutdownGrace,
                         long bittensorVersion, MinerPolicy policy) {

    public AxonConfig {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(policy, "policy");
        check(port >= 0 && port <= 65535, "axon.port", "must be 0..65535, got " + port);
        check(externalPort == null || (externalPort > 0 && externalPort <= 65535), "axon.external_port",
            "must be 1..65535, got " + externalPort);
        check(maxBodyBytes > 0, "axon.max_body_bytes", "must be positive, got " + maxBodyBytes);
        check(maxHeaderBytes >= 1024, "axon.max_header_bytes", "must be at least 1024, got " + maxHeaderBytes);
        check(maxQuestionBytes >= 1, "axon.max_question_bytes", "must be at least 1, got " + maxQuestionBytes);
        positive(headerTimeout, "axon.header_timeout");
        positive(idleTimeout, "axon.idle_timeout");
        check(minRequestDataRate >= 0, "axon.min_request_data_rate", "must not be negative, got "
            + minRequestDataRate);
        check(maxConnections >= 1, "axon.max_connections", "must be at least 1, got " + maxConnections);
        check(maxConcurrent >= 1, "axon.max_concurrent", "must be at least 1, got " + maxConcurrent);
        check(queueCapacity >= 0, "axon.queue_capacity", "must not be negative, got " + queueCapacity);
        check(!deadlineMargin.isNegative(), "axon.deadline_margin", "must not be negative, got " + deadlineMargin);
        check(!minSolveBudget.isNegative(), "axon.min_solve_budget", "must not be negative, got " + minSolveBudget);
        positive(initialSolveTime, "axon.initial_solve_time");
        positive(maxTimeout, "axon.max_timeout");
        check(!nonceFutureTolerance.isNegative(), "axon.nonce_future_tolerance", "must not be negative, got "
            + nonceFutureTolerance);
        check(noncesPerHotkey >= 1, "axon.nonces_per_hotkey", "must be at least 1, got " + noncesPerHotkey);
        check(strangerNonceCapacity >= 1, "axon.stranger_nonce_capacity", "must be at least 1, got "
            + strangerNonceCapacity);
        check(informationRate > 0 && Double.isFinite(informationRate), "axon.information_rate",
            "must be a positive number of requests per second, got " + informationRate);
        check(informationBurst >= 1, "axon.information_burst", "must be at least 1, got " + informationBurst);
        check(!shutdownGrace.isNegative(), "axon.shutdown_grace", "must not be negative, got " + shutdownGrace);
    }

    private static void positive(Duration value, String key) {
        Objects.requireNonNull(value, key);
        check(value.toMillis() > 0, key, "must be positive, got " + value);
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

    /** Builder with the defaults listed on {@link AxonConfig}. */
    public static final class Builder {
        private String ip = "0.0.0.0";
        private int port = 8091;
        private String externalIp;
        private Integer externalPort;
        private long maxBodyBytes = 1 << 20;
        private int maxHeaderBytes = 16 * 1024;
        private int maxQuestionBytes = 16 * 1024;
        private Duration headerTimeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofSeconds(30);
        private long minRequestDataRate = 1024;
        private int maxConnections = 2000;
        private int maxConcurrent = 8;
        private int queueCapacity = 64;
        private Duration deadlineMargin = Duration.ofSeconds(1);
        private Duration minSolveBudget = Duration.ofSeconds(1);
        private Duration initialSolveTime = Duration.ofSeconds(2);
        private Duration maxTimeout = Duration.ofSeconds(300);
        private Duration nonceFutureTolerance = Duration.ofSeconds(30);
        private int noncesPerHotkey = 64;
        private int strangerNonceCapacity = 4_096;
        private double informationRate = 1.0;
        private int informationBurst = 20;
        private Duration shutdownGrace = Duration.ofSeconds(30);
        private long bittensorVersion = 10_002_000;
        private MinerPolicy policy = MinerPolicy.DEFAULTS;

        private Builder() {
        }

        public Builder ip(String v) { this.ip = v; return this; }
        public Builder port(int v) { this.port = v; return this; }
        public Builder externalIp(String v) { this.externalIp = v; return this; }
        public Builder externalPort(Integer v) { this.externalPort = v; return this; }
        public Builder maxBodyBytes(long v) { this.maxBodyBytes = v; return this; }
        public Builder maxHeaderBytes(int v) { this.maxHeaderBytes = v; return this; }
        public Builder maxQuestionBytes(int v) { this.maxQuestionBytes = v; return this; }
        public Builder headerTimeout(Duration v) { this.headerTimeout = v; return this; }
        public Builder idleTimeout(Duration v) { this.idleTimeout = v; return this; }
        public Builder minRequestDataRate(long v) { this.minRequestDataRate = v; return this; }
        public Builder maxConnections(int v) { this.maxConnections = v; return this; }
        public Builder maxConcurrent(int v) { this.maxConcurrent = v; return this; }
        public Builder queueCapacity(int v) { this.queueCapacity = v; return this; }
        public Builder deadlineMargin(Duration v) { this.deadlineMargin = v; return this; }
        public Builder minSolveBudget(Duration v) { this.minSolveBudget = v; return this; }
        public Builder initialSolveTime(Duration v) { this.initialSolveTime = v; return this; }
        public Builder maxTimeout(Duration v) { this.maxTimeout = v; return this; }
        public Builder nonceFutureTolerance(Duration v) { this.nonceFutureTolerance = v; return this; }
        public Builder noncesPerHotkey(int v) { this.noncesPerHotkey = v; return this; }
        public Builder strangerNonceCapacity(int v) { this.strangerNonceCapacity = v; return this; }
        public Builder informationRate(double v) { this.informationRate = v; return this; }
        public Builder informationBurst(int v) { this.informationBurst = v; return this; }
        public Builder shutdownGrace(Duration v) { this.shutdownGrace = v; return this; }
        public Builder bittensorVersion(long v) { this.bittensorVersion = v; return this; }
        public Builder policy(MinerPolicy v) { this.policy = v; return this; }

        public AxonConfig build() {
            return new AxonConfig(ip, port, externalIp, externalPort, maxBodyBytes, maxHeaderBytes,
                maxQuestionBytes, headerTimeout, idleTimeout, minRequestDataRate, maxConnections, maxConcurrent,
                queueCapacity, deadlineMargin,
                minSolveBudget, initialSolveTime, maxTimeout, nonceFutureTolerance, noncesPerHotkey,
                strangerNonceCapacity, informationRate, informationBurst, shutdownGrace, bittensorVersion, policy);
        }
    }
}
