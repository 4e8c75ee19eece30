package io.logicminer.launch.vllm;

import io.logicminer.spi.launch.GpuDevice;
import io.logicminer.spi.launch.LaunchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
