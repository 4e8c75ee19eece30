package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NvidiaSmiTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryGpuOfTheCsvQuery() throws Exception {
        Path smi = FakeExecutables.nvidiaSmi(dir, """
                0, NVIDIA H100 80GB HBM3, 81559, 1
                1, NVIDIA H100 80GB HBM3, 81559, 40123
                """, 0);
        List<GpuDevice> gpus = NvidiaSmi.read(smi.toString());
        assertEquals(List.of(new GpuDevice(0, "NVIDIA H100 80GB HBM3", 81559, 1),
                new GpuDevice(1, "NVIDIA H100 80GB HBM3", 81559, 40123)), gpus);
        assertEquals(41436, gpus.get(1).freeMiB());
    }

    @Test
    void aFailingDriverIsReportedWithNvidiaSmisOwnWords() throws Exception {
        Path smi = FakeExecutables.nvidiaSmi(dir, "NVIDIA-SMI has failed because it couldn't communicate with the"
                + " NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.", 9);
        LaunchException e = assertThrows(LaunchException.class, () -> NvidiaSmi.read(smi.toString()));
        assertTrue(e.getMessage().contains("exited with status 9: NVIDIA-SMI has failed"), e.getMessage());
    }

    @Test
    void aMissingNvidiaSmiSaysHowToGoOn() {
        LaunchException e = assertThrows(LaunchException.class,
                () -> NvidiaSmi.read(dir.resolve("absent/nvidia-smi").toString()));
        assertTrue(e.getMessage().contains("launch.nvidia_smi") && e.getMessage().contains("--assume"),
                e.getMessage());
    }

    @Test
    void unreadableFiguresNameTheLineAndTheField() {
        LaunchException e = assertThrows(LaunchException.class,
                () -> NvidiaSmi.parse("0, NVIDIA A10, 23028, 0\n1, Some vGPU, [N/A], [N/A]\n"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("memory.total is '[N/A]'"),
                e.getMessage());
        assertThrows(LaunchException.class, () -> NvidiaSmi.parse("\n"));
        assertThrows(LaunchException.class, () -> NvidiaSmi.parse("index, name, memory.total [MiB], memory.used [MiB]"));
    }

    @Test
    void aHungNvidiaSmiIsKilledAfterTheTimeoutWithAnErrorNamingCommandAndTimeout() throws Exception {
        Path smi = dir.resolve("nvidia-smi");
        Files.writeString(smi, "#!/bin/sh\necho $$ > '" + dir.resolve("pid") + "'\nexec sleep 600\n");
        Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));
        LaunchException e = assertThrows(LaunchException.class,
                () -> NvidiaSmi.read(smi.toString(), Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains(smi + " --query-gpu=index,name,memory.total,memory.used")
                && e.getMessage().contains("did not finish within 1 s (killed)"), e.getMessage());
        long pid = Long.parseLong(Files.readString(dir.resolve("pid")).strip());
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the hung process is killed");
    }

    @Test
    void driverWarningsOnStderrOrStdoutDoNotBreakTheParse() throws Exception {
        Path smi = dir.resolve("nvidia-smi");
        Files.writeString(smi, "#!/bin/sh\n"
                + "echo 'WARNING: infoROM is corrupted at gpu 0000:41:00.0' >&2\n"
                + "echo 'WARNING: infoROM is corrupted at gpu 0000:41:00.0'\n"
                + "echo '0, NVIDIA A10, 23028, 0'\n");
        Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(List.of(new GpuDevice(0, "NVIDIA A10", 23028, 0)), NvidiaSmi.read(smi.toString()));
    }

    @Test
    void aFailureIsExplainedWithStderrNotStdout() throws Exception {
        Path smi = dir.resolve("nvidia-smi");
        Files.writeString(smi, "#!/bin/sh\necho 'partial'\necho 'Failed to initialize NVML: Driver/library version"
                + " mismatch' >&2\nexit 18\n");
        Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));
        LaunchException e = assertThrows(LaunchException.class, () -> NvidiaSmi.read(smi.toString()));
        assertTrue(e.getMessage().contains("exited with status 18: Failed to initialize NVML"), e.getMessage());
    }

    @Test
    void onlyTheFirstMebibyteOfOutputIsRead() throws Exception {
        Path smi = dir.resolve("nvidia-smi");
        // 2 MiB of lines that are not GPU rows, after one real row: read up to the cap, the row is still found.
        Files.writeString(smi, "#!/bin/sh\necho '0, NVIDIA A10, 23028, 0'\n"
                + "head -c 2097152 /dev/zero | tr '\\0' 'x'\n");
        Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(List.of(new GpuDevice(0, "NVIDIA A10", 23028, 0)), NvidiaSmi.read(smi.toString()));
    }

    @Test
    void onlyNonGpuLinesMeansNoGpusAndSaysWhatWasPrinted() {
        LaunchException e = assertThrows(LaunchException.class,
                () -> NvidiaSmi.parse("No devices were found\n"));
        assertTrue(e.getMessage().contains("no GPUs") && e.getMessage().contains("No devices were found"),
                e.getMessage());
    }
}
