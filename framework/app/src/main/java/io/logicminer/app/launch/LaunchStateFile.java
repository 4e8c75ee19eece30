package io.logicminer.app.launch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code <data.dir>/launch/<profile>.json}: which process supervises the profile's server, so that
 * {@code gpu status} and {@code gpu down} (other invocations) find it. Written by {@code gpu up} and {@code mine} at
 * start and on each state change, deleted on a clean stop.
 *
 * @param profile          the profile
 * @param owner            {@code gpu up} or {@code mine}
 * @param supervisorPid    the logicminer process supervising the server
 * @param supervisorStart  that process's start time (guards against a reused pid)
 * @param serverPid        the server process, 0 between runs
 * @param state            the supervisor's last state
 * @param restarts         restarts so far
 * @param baseUrl          the OpenAI base URL
 * @param servedModelName  the model name clients ask for
 * @param logFile          the server's log
 * @param command          the command line (API key masked)
 * @param updated          when this was written
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LaunchStateFile(@JsonProperty("profile") String profile, @JsonProperty("owner") String owner,
                              @JsonProperty("supervisor_pid") long supervisorPid,
                              @JsonProperty("supervisor_start") String supervisorStart,
                              @JsonProperty("server_pid") long serverPid, @JsonProperty("state") String state,
                              @JsonProperty("restarts") int restarts, @JsonProperty("base_url") String baseUrl,
                              @JsonProperty("served_model_name") String servedModelName,
                              @JsonProperty("log_file") String logFile, @JsonProperty("command") String command,
                              @JsonProperty("updated") String updated) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The file of {@code profile} in {@code directory}. */
    public static Path path(Path directory, String profile) {
        return directory.resolve(profile + ".json");
    }

    /** Writes atomically (a reader never sees half a file). */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path target = path(directory, profile);
        // Two processes may write the same profile's file (a second `gpu up` racing the first): each its own temp.
        Path temporary = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        JSON.writeValue(temporary.toFile(), this);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The state file of {@code profile}, if there is one. A file deleted while being read (its server stopping) or
     * one that is not whole JSON (its writer died mid-write, before the atomic rename existed, or a disk filled up)
     * is no state: the supervisor it would name is gone or rewrites it within a second.
     */
    public static Optional<LaunchStateFile> read(Path directory, String profile) throws IOException {
        Path file = path(directory, profile);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(file), LaunchStateFile.class));
        } catch (NoSuchFileException deletedMeanwhile) {
            return Optional.empty();
        } catch (JsonProcessingException notWholeJson) {
            return Optional.empty();
        }
    }

    /** Deletes the state file of {@code profile} if it still names {@code pid} as its supervisor. */
    public static boolean deleteIfSupervisedBy(Path directory, String profile, long pid) throws IOException {
        Optional<LaunchStateFile> current = read(directory, profile);
        if (current.isEmpty() || current.get().supervisorPid() != pid) {
            return false;
        }
        return Files.deleteIfExists(path(directory, profile));
    }

    /** Whether the supervising process still runs (same pid and start time). */
    public boolean supervisorAlive() {
        return ProcessHandle.of(supervisorPid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().startInstant().map(Instant::toString).map(s -> s.equals(supervisorStart))
                        .orElse(true))
                .isPresent();
    }

    /** This process's start time, as {@link #supervisorStart()} records it. */
    public static String currentProcessStart() {
        return ProcessHandle.current().info().startInstant().map(Instant::toString).orElse("");
    }
}
