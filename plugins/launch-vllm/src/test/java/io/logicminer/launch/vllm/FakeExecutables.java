package io.logicminer.launch.vllm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes fake {@code nvidia-smi} and {@code vllm} executables into a directory, to be put on the {@code PATH}.
 * The fake nvidia-smi checks it is asked exactly the planner's query and prints the given CSV (or fails like
 * nvidia-smi does without a driver); the fake vllm runs {@link FakeVllm} on this JVM's own {@code java}.
 */
public final class FakeExecutables {

    private FakeExecutables() {
    }

    /** A {@code nvidia-smi} that prints {@code csv} for the planner's query and exits {@code status}. */
    public static Path nvidiaSmi(Path bin, String csv, int status) throws IOException {
        String script = "#!/bin/sh\n"
                + "if [ \"$1\" != \"--query-gpu=index,name,memory.total,memory.used\" ] || "
                + "[ \"$2\" != \"--format=csv,noheader,nounits\" ]; then\n"
                + "  echo \"fake nvidia-smi: unexpected arguments: $*\" >&2; exit 2\nfi\n"
                + "cat <<'CSV'\n" + csv + (csv.endsWith("\n") ? "" : "\n") + "CSV\n"
                + "exit " + status + "\n";
        return executable(bin.resolve("nvidia-smi"), script);
    }

    /** A {@code vllm} that runs {@link FakeVllm} with its arguments after {@code serve}. */
    public static Path vllm(Path bin) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = Path.of(FakeVllm.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .toString();
        String script = "#!/bin/sh\n"
                + "if [ \"$1\" != serve ]; then echo \"usage: vllm serve MODEL [options]\" >&2; exit 2; fi\n"
                + "shift\n"
                + "exec '" + java + "' -Xshare:auto -XX:TieredStopAtLevel=1 -cp '" + classPath + "' "
                + FakeVllm.class.getName() + " serve \"$@\"\n";
        return executable(bin.resolve("vllm"), script);
    }

    private static Path executable(Path file, String script) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
