package io.logicminer.app.launch;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.launch.LaunchRequest;
import io.logicminer.spi.launch.SupervisorSettings;
import io.logicminer.spi.launch.WeightDtype;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code launch.*} section: which profile {@code mine} brings up, what the operator asks of the plan, and how the
 * server runs. Every key is read and checked here, so a bad value is one config error at start.
 */
public record LaunchSettings(String profile, String backend, String executable, Optional<Path> virtualenv,
                             String nvidiaSmi, String host, int port, String apiKey, String servedModelName,
                             List<Integer> gpus, int nodes, int tensorParallelSize, int maxModelLen, int maxNumSeqs,
                             double gpuMemoryUtilization, Optional<WeightDtype> dtype, String quantization,
                             List<String> extraArgs, Optional<Path> logFile, long logMaxBytes, int logFiles,
                             Duration readyTimeout, Duration pollInterval, Duration initialBackoff,
                             Duration maxBackoff, int crashLoopLimit, Duration stopGrace,
                             Map<String, String> environment, Path dataDirectory) {

    /** The config section. */
    public static final String SECTION = "launch";

    /** Reads {@code launch.*}; {@code dataDirectory} holds logs and state files unless {@code launch.log_file}. */
    public static LaunchSettings read(ComponentConfig launch, Path dataDirectory) {
        int port = launch.getInt("port", 8000);
        if (port < 1 || port > 65535) {
            throw launch.invalid("port", "must be between 1 and 65535, got " + port);
        }
        List<Integer> gpus = new ArrayList<>();
        for (String index : launch.getStringList("gpus", List.of())) {
            int parsed;
            try {
                parsed = Integer.parseInt(index.strip());
            } catch (NumberFormatException e) {
                throw launch.invalid("gpus", "'" + index + "' is not a GPU index; write e.g. [0, 1] or \"0,1\"");
            }
            if (gpus.contains(parsed)) {
                throw launch.invalid("gpus", "lists GPU " + parsed + " twice; name each GPU once, e.g. [0, 1]");
            }
            gpus.add(parsed);
        }
        int nodes = launch.getInt("nodes", 1);
        if (nodes < 1) {
            throw launch.invalid("nodes", "must be 1 (this machine) or more (a Ray cluster), got " + nodes);
        }
        int tp = nonNegative(launch, "tensor_parallel_size");
        int maxModelLen = nonNegative(launch, "max_model_len");
        int maxNumSeqs = nonNegative(launch, "max_num_seqs");
        double utilization = launch.getDouble("gpu_memory_utilization", 0);
        if (!(utilization >= 0 && utilization <= 1)) {
            throw launch.invalid("gpu_memory_utilization", "must be between 0 (the planner chooses) and 1, got "
                    + utilization);
        }
        Optional<WeightDtype> dtype = Optional.empty();
        String dtypeName = launch.getString("dtype", "");
        if (!dtypeName.isBlank() && !dtypeName.equals("auto")) {
            try {
                dtype = Optional.of(WeightDtype.parse(dtypeName));
            } catch (IllegalArgumentException e) {
                throw launch.invalid("dtype", e.getMessage() + " (or \"\" for the model's own)");
            }
        }
        String virtualenv = launch.getString("virtualenv", "");
        String logFile = launch.getString("log_file", "");
        long logMaxBytes = launch.getLong("log_max_bytes", 50L * 1024 * 1024);
        if (logMaxBytes < 1024) {
            throw launch.invalid("log_max_bytes", "must be at least 1024, got " + logMaxBytes);
        }
        int logFiles = launch.getInt("log_files", 5);
        if (logFiles < 0) {
            throw launch.invalid("log_files", "must not be negative, got " + logFiles);
        }
        ComponentConfig restart = launch.section("restart");
        Duration initialBackoff = positive(restart, "initial_backoff", Duration.ofSeconds(5));
        Duration maxBackoff = positive(restart, "max_backoff", Duration.ofMinutes(5));
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw restart.invalid("max_backoff", "is shorter than restart.initial_backoff (" + initialBackoff + ")");
        }
        int crashLoopLimit = restart.getInt("crash_loop_limit", 5);
        if (crashLoopLimit < 1) {
            throw restart.invalid("crash_loop_limit", "must be at least 1, got " + crashLoopLimit);
        }
        ComponentConfig environmentSection = launch.section("environment");
        Map<String, String> environment = new LinkedHashMap<>();
        for (String key : environmentSection.keys()) {
            environment.put(key, environmentSection.getString(key));
        }
        return new LaunchSettings(launch.getString("profile", ""), launch.getString("backend", "vllm"),
                launch.getString("executable", "vllm"),
                virtualenv.isBlank() ? Optional.empty() : Optional.of(Path.of(virtualenv)),
                launch.getString("nvidia_smi", "nvidia-smi"), launch.getString("host", "127.0.0.1"), port,
                launch.getString("api_key", ""), launch.getString("served_model_name", ""), List.copyOf(gpus), nodes,
                tp, maxModelLen, maxNumSeqs, utilization, dtype, launch.getString("quantization", "auto"),
                launch.getStringList("extra_args", List.of()),
                logFile.isBlank() ? Optional.empty() : Optional.of(Path.of(logFile)), logMaxBytes, logFiles,
                positive(launch, "ready_timeout", Duration.ofMinutes(30)),
                positive(launch, "poll_interval", Duration.ofSeconds(2)), initialBackoff, maxBackoff, crashLoopLimit,
                positive(launch, "stop_grace", Duration.ofSeconds(30)), Map.copyOf(environment), dataDirectory);
    }

    private static int nonNegative(ComponentConfig launch, String key) {
        int value = launch.getInt(key, 0);
        if (value < 0) {
            throw launch.invalid(key, "must be 0 (the planner chooses) or more, got " + value);
        }
        return value;
    }

    private static Duration positive(ComponentConfig section, String key, Duration defaultValue) {
        Duration value = section.getDuration(key, defaultValue);
        if (value.isNegative() || value.isZero()) {
            throw section.invalid(key, "must be positive, got " + value);
        }
        return value;
    }

    /** The name clients ask for: {@code launch.served_model_name}, else the profile's name. */
    public String servedModelName(String profileName) {
        return servedModelName.isBlank() ? profileName : servedModelName;
    }

    /** The OpenAI base URL of the launched server as this machine reaches it. */
    public String baseUrl() {
        String reach = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (reach.contains(":") ? "[" + reach + "]" : reach) + ":" + port + "/v1";
    }

    /** What the operator asks of the planner for {@code profileName}. */
    public LaunchRequest request(String profileName) {
        return new LaunchRequest(gpus, nodes, tensorParallelSize, maxModelLen, maxNumSeqs, gpuMemoryUtilization, dtype,
                quantization, host, port, apiKey, servedModelName(profileName), extraArgs);
    }

    /** Where the server of {@code profileName} logs. */
    public Path logFile(String profileName) {
        return logFile.orElse(stateDirectory().resolve(profileName + ".log"));
    }

    /** Where launch state files and default logs live: {@code <data.dir>/launch}. */
    public Path stateDirectory() {
        return dataDirectory.resolve("launch");
    }

    /** How the backend runs and watches the server of {@code profileName}. */
    public SupervisorSettings supervisor(String profileName) {
        return new SupervisorSettings(executable, virtualenv, logFile(profileName), logMaxBytes, logFiles, readyTimeout,
                pollInterval, initialBackoff, maxBackoff, crashLoopLimit, stopGrace, environment);
    }

    /**
     * The overrides that point the chat model named {@code default} ({@code miner.llm_client}) at the launched
     * server.
     */
    public Map<String, String> chatModelOverrides(String profileName) {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("miner.llm_client.base_url", baseUrl());
        overrides.put("miner.llm_client.model", servedModelName(profileName));
        overrides.put("miner.llm_client.api_key", apiKey);
        return overrides;
    }
}
