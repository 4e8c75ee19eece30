package io.logicminer.core.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How the pipeline spends a challenge's time.
 *
 * @param deadlineMargin kept back from the validator's timeout for the network and the reply
 *     ({@code miner.deadline_margin})
 * @param fallbackShare share of the remaining budget reserved for the fallback solver when one is configured,
 *     in [0, 0.9] ({@code miner.fallback_share})
 */
public record PipelineSettings(Duration deadlineMargin, double fallbackShare) {

    /** One second of margin, a third of the budget for the fallback. */
    public static final PipelineSettings DEFAULT = new PipelineSettings(Duration.ofSeconds(1), 1.0 / 3);

    public PipelineSettings {
        Objects.requireNonNull(deadlineMargin, "deadlineMargin");
        if (deadlineMargin.isNegative()) {
            throw new IllegalArgumentException("deadline margin must not be negative, got " + deadlineMargin);
        }
        if (!(fallbackShare >= 0 && fallbackShare <= 0.9)) {
            throw new IllegalArgumentException("fallback share must be in [0, 0.9], got " + fallbackShare);
        }
    }
}
