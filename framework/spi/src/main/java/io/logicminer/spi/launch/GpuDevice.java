package io.logicminer.spi.launch;

import java.util.Objects;

/**
 * One GPU as {@code nvidia-smi --query-gpu=index,name,memory.total,memory.used --format=csv,noheader,nounits}
 * reports it. Memory is in MiB, as nvidia-smi prints it.
 *
 * @param index    the device index ({@code CUDA_VISIBLE_DEVICES} numbering)
 * @param name     the product name, e.g. {@code NVIDIA A100-SXM4-80GB}
 * @param totalMiB memory on the device
 * @param usedMiB  memory already in use (other processes, the display)
 */
public record GpuDevice(int index, String name, long totalMiB, long usedMiB) {

    public GpuDevice {
        Objects.requireNonNull(name, "name");
        if (index < 0 || totalMiB <= 0 || usedMiB < 0 || usedMiB > totalMiB) {
            throw new IllegalArgumentException("GPU " + index + " (" + name + "): impossible memory figures, total "
                    + totalMiB + " MiB, used " + usedMiB + " MiB");
        }
    }

    /** Memory not in use, MiB. */
    public long freeMiB() {
        return totalMiB - usedMiB;
    }

    /** Bytes on the device. */
    public long totalBytes() {
        return totalMiB * 1024L * 1024L;
    }

    /** Free bytes. */
    public long freeBytes() {
        return freeMiB() * 1024L * 1024L;
    }
}
