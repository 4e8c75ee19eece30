package io.logicminer.app.launch;

import io.logicminer.spi.launch.GpuDevice;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GPUs to plan for without having them: {@code 2x24GB}, {@code 1x80GB}, {@code 4x81559} (MiB, as nvidia-smi prints
 * it); several groups separated by commas. A card sold as N GB is taken as N × 1024 MiB, all of it free.
 */
public final class AssumedGpus {

    private static final Pattern GROUP = Pattern.compile("(\\d+)\\s*[xX×]\\s*(\\d+)\\s*(GB|GiB|G|MiB|MB)?");

    private AssumedGpus() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException naming the part it cannot read
     */
    public static List<GpuDevice> parse(String text) {
        List<GpuDevice> gpus = new ArrayList<>();
        for (String part : text.split(",")) {
            Matcher matcher = GROUP.matcher(part.strip());
            if (!matcher.matches()) {
                throw new IllegalArgumentException("cannot read '" + part.strip() + "': write COUNTxSIZE, e.g. 2x24GB"
                        + " or 1x81920 (MiB)");
            }
            int count = Integer.parseInt(matcher.group(1));
            long size = Long.parseLong(matcher.group(2));
            String unit = matcher.group(3) == null ? "MiB" : matcher.group(3).toUpperCase(Locale.ROOT);
            long mib = unit.startsWith("G") ? size * 1024 : size;
            if (count < 1 || count > 64 || mib < 1024) {
                throw new IllegalArgumentException("'" + part.strip() + "': between 1 and 64 GPUs of at least 1 GB");
            }
            for (int i = 0; i < count; i++) {
                gpus.add(new GpuDevice(gpus.size(), "assumed " + (unit.startsWith("G") ? size + " GB" : size + " MiB")
                        + " GPU", mib, 0));
            }
        }
        return List.copyOf(gpus);
    }
}
