package io.logicminer.evaluation.capacity;

import io.logicminer.evaluation.profile.VolumeMultiplier;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VolumeAdviceTest {

    @Test
    void aFastMinerCommitsTheFullVolume() {
        // 4 in flight, 100 ms each: 40 replies/s, 24,000 per 600 s, half of it 12,000; capped at 512
        VolumeAdvice advice = VolumeAdvice.of(Collections.nCopies(10, Duration.ofMillis(100)), 4, 50,
                VolumeMultiplier.LOGICNET_2025_05);
        assertEquals(40.0, advice.repliesPerSecond(), 1e-9);
        assertEquals(24_000, advice.perWindow());
        assertEquals(12_000, advice.honourable());
        assertEquals(512, advice.recommended());
        assertEquals(1.0, advice.multiplier(), 1e-12);
        assertEquals(0.9 + 0.1 * 50 / 512.0, advice.configuredMultiplier(), 1e-12);
        assertTrue(advice.line().contains("commit miner.epoch_volume = 512 (reward ×1.000 under logicnet-2025-05)"),
                advice.line());
    }

    @Test
    void aSlowMinerCommitsWhatItCanHonour() {
        // 1 in flight, 20 s each: 0.05 replies/s, 30 per window, 15 with the margin; x (0.9 + 0.1 * 15/512)
        VolumeAdvice advice = VolumeAdvice.of(Collections.nCopies(10, Duration.ofSeconds(20)), 1, 50,
                VolumeMultiplier.LOGICNET_2025_05);
        assertEquals(30, advice.perWindow());
        assertEquals(15, advice.recommended());
        assertEquals(0.9 + 0.1 * 15 / 512.0, advice.multiplier(), 1e-12);
        assertNull(VolumeAdvice.of(List.of(), 1, 50, VolumeMultiplier.LOGICNET_2025_05), "nothing measured");
    }
}
