package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchException;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads the GPUs from {@code nvidia-smi}'s CSV query output. */
final class NvidiaSmi {

    /** The query's arguments; the output is one line per GPU: {@code 0, NVIDIA A10, 23028, 0}. */
    static final List<String> QUERY = List.of("--query-gpu=index,name,memory.total,memory.used",
            "--format=csv,noheader,nounits");

    private static final long TIMEOUT_SECONDS = 60;

    /** More than any real GPU list; a runaway output is cut here rather than read into memory. */
    static final int MAX_OUTPUT_BYTES = 1 << 20;

    private NvidiaSmi() {
    }

    /** Runs {@code executable} with {@link #QUERY} and parses what it prints. */
    static List<GpuDevice> read(String executable) {
        return read(executable, Duration.ofSeconds(TIMEOUT_SECONDS));
    }

    /**
     * Runs {@code executable} with {@link #QUERY}, waiting at most {@code timeout} (a wedged driver makes nvidia-smi
     * hang), and parses what it prints on stdout; stderr only explains a failure.
     */
    static List<GpuDevice> read(String executable, Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(QUERY);
        Path stdout;
        Path stderr;
        try {
            stdout = Files.createTempFile("logicminer-nvidia-smi-", ".out");
            stderr = Files.createTempFile("logicminer-nvidia-smi-", ".err");
        } catch (IOException e) {
            throw new LaunchException("cannot create a temporary file for the output of " + executable + ": "
                    + e.getMessage(), e);
        }
        try {
            Process process;
            try {
                process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
            } catch (IOException e) {
                throw new LaunchException("cannot run '" + executable + "' (" + e.getMessage() + "): install the"
                        + " NVIDIA driver (it brings nvidia-smi), set launch.nvidia_smi to its path, or plan for GPUs"
                        + " you do not have with --assume, e.g. --assume 2x24GB", e);
            }
            try {
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    throw new LaunchException("'" + String.join(" ", command) + "' did not finish within "
                            + timeout.toSeconds() + " s (killed): the NVIDIA driver may be wedged; check"
                            + " nvidia-smi by hand, or plan with --assume, e.g. --assume 2x24GB");
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new LaunchException("interrupted while running " + executable, e);
            }
            String output = head(stdout);
            if (process.exitValue() != 0) {
                String why = head(stderr).strip();
                String first = (why.isEmpty() ? output.strip() : why).lines().findFirst().orElse("(no output)");
                throw new LaunchException(executable + " exited with status " + process.exitValue() + ": " + first);
            }
            return parse(output);
        } finally {
            deleteQuietly(stdout);
            deleteQuietly(stderr);
        }
    }

    /** At most {@link #MAX_OUTPUT_BYTES} of {@code file}. */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_OUTPUT_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LaunchException("cannot read the output of nvidia-smi in " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }

    /** Parses the CSV lines ({@code index, name, total MiB, used MiB}). */
    static List<GpuDevice> parse(String output) {
        List<GpuDevice> gpus = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int lineNumber = 0;
        for (String line : output.lines().toList()) {
            lineNumber++;
            if (line.isBlank() || !Character.isDigit(line.strip().charAt(0))) {
                // Not a GPU row: a driver warning printed on stdout, or a header when the format lacks noheader.
                if (!line.isBlank()) {
                    skipped.add(line.strip());
                }
                continue;
            }
            String[] fields = line.split(",");
            if (fields.length < 4) {
                throw unreadable(lineNumber, line, "expected 4 comma-separated fields (index, name, memory.total,"
                        + " memory.used)");
            }
            // A product name has no comma today; if one ever does, the numbers are still the last two fields.
            String name = String.join(",", java.util.Arrays.copyOfRange(fields, 1, fields.length - 2)).strip();
            int index = number(lineNumber, line, "index", fields[0]).intValue();
            long total = number(lineNumber, line, "memory.total", fields[fields.length - 2]);
            long used = number(lineNumber, line, "memory.used", fields[fields.length - 1]);
            try {
                gpus.add(new GpuDevice(index, name, total, used));
            } catch (IllegalArgumentException e) {
                throw unreadable(lineNumber, line, e.getMessage());
            }
        }
        if (gpus.isEmpty()) {
            throw new LaunchException("nvidia-smi lists no GPUs" + (skipped.isEmpty() ? "" : " (it printed only '"
                    + skipped.get(0) + "')") + ": check the driver (nvidia-smi -L) and CUDA_VISIBLE_DEVICES");
        }
        return List.copyOf(gpus);
    }

    private static Long number(int lineNumber, String line, String field, String value) {
        String trimmed = value.strip();
        try {
            return Long.parseLong(trimmed);
        } catch (NumberFormatException e) {
            throw unreadable(lineNumber, line, field + " is '" + trimmed + "', not a number"
                    + (trimmed.startsWith("[") ? " (the driver does not report it for this GPU)" : "")
                    + "; the query must use --format=csv,noheader,nounits");
        }
    }

    private static LaunchException unreadable(int lineNumber, String line, String problem) {
        return new LaunchException("nvidia-smi output line " + lineNumber + " '" + line.strip() + "': " + problem);
    }
}
