package io.logicminer.spi.launch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How a {@link LaunchBackend} runs and watches the server process.
 *
 * @param executable      the server's executable: a name looked up on the {@code PATH} ({@code vllm}) or a path
 * @param virtualenv      a Python virtual environment whose {@code bin/} is put first on the {@code PATH} (and
 *                        whose {@code bin/<executable>} is run); empty for none
 * @param logFile         where the server's stdout and stderr go; rotated to {@code .1}, {@code .2}, ...
 * @param logMaxBytes     size at which the log file is rotated
 * @param logFiles        rotated files kept besides the current one
 * @param readyTimeout    how long one start may take to become ready before it counts as a crash (downloading
 *                        and loading a 40B model takes many minutes)
 * @param pollInterval    how often /health and /v1/models are asked while starting and while running
 * @param initialBackoff  wait before the first restart; doubled after each crash in a row
 * @param maxBackoff      the longest wait between restarts
 * @param crashLoopLimit  crashes in a row (without reaching ready in between) after which the supervisor gives up
 * @param stopGrace       time between SIGTERM and SIGKILL on shutdown
 * @param environment     variables added to the server's environment (e.g. {@code HF_HOME}, {@code PATH})
 */
public record SupervisorSettings(String executable, Optional<Path> virtualenv, Path logFile, long logMaxBytes,
                                 int logFiles, Duration readyTimeout, Duration pollInterval, Duration initialBackoff,
                                 Duration maxBackoff, int crashLoopLimit, Duration stopGrace,
                                 Map<String, String> environment) {

    public SupervisorSettings {
        Objects.requireNonNull(executable, "executable");
        virtualenv = virtualenv == null ? Optional.empty() : virtualenv;
        Objects.requireNonNull(logFile, "logFile");
        environment = Map.copyOf(environment == null ? Map.of() : environment);
        positive("ready timeout", readyTimeout);
        positive("poll interval", pollInterval);
        positive("initial backoff", initialBackoff);
        positive("stop grace", stopGrace);
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("max backoff " + maxBackoff + " is shorter than the initial backoff "
                    + initialBackoff);
        }
        if (crashLoopLimit < 1 || logFiles < 0 || logMaxBytes < 1024) {
            throw new IllegalArgumentException("crash loop limit must be at least 1, log files at least 0 and the"
                    + " log size at least 1024 bytes");
        }
    }

    private static void positive(String what, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
    }
}
