package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads the GPUs from {@code nvidia-smi}'s CSV query output. */
final class NvidiaSmi {

    /** The query's arguments; the output is one line per GPU: {@code 0, NVIDIA A10, 23028, 0}. */
    static final List<String> QUERY = List.of("--query-gpu=index,name,memory.total,memory.used",
            "--format=csv,noheader,nounits");

    private static final long TIMEOUT_SECONDS = 60;

    private NvidiaSmi() {
    }

    /** Runs {@code executable} with {@link #QUERY} and parses what it prints. */
    static List<GpuDevice> read(String executable) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(QUERY);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new LaunchException("cannot run '" + executable + "' (" + e.getMessage() + "): install the NVIDIA"
                    + " driver (it brings nvidia-smi), set launch.nvidia_smi to its path, or plan for GPUs you do not"
                    + " have with --assume, e.g. --assume 2x24GB", e);
        }
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new LaunchException(executable + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
        } catch (IOException e) {
            throw new LaunchException("cannot read the output of " + executable + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while running " + executable, e);
        }
        if (process.exitValue() != 0) {
            String first = output.strip().lines().findFirst().orElse("(no output)");
            throw new LaunchException(executable + " exited with status " + process.exitValue() + ": " + first);
        }
        return parse(output);
    }

    /** Parses the CSV lines ({@code index, name, total MiB, used MiB}). */
    static List<GpuDevice> parse(String output) {
        List<GpuDevice> gpus = new ArrayList<>();
        int lineNumber = 0;
        for (String line : output.lines().toList()) {
            lineNumber++;
            if (line.isBlank()) {
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
            throw new LaunchException("nvidia-smi lists no GPUs: check the driver (nvidia-smi -L) and"
                    + " CUDA_VISIBLE_DEVICES");
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
