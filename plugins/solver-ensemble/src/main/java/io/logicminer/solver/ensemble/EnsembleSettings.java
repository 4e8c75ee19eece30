package io.logicminer.solver.ensemble;

import java.time.Duration;

/**
 * An ensemble's knobs (see {@code logicminer-plugin.conf}).
 *
 * @param temperature sampling temperature of model members' requests
 * @param maxTokens   completion limit of model members' requests
 * @param batch       ask a model member for all its samples in one request ({@code n = samples}); false: one
 *                    request per sample
 * @param maxInFlight most draws (requests or solver calls) running at once; 0 for no limit
 * @param reserve     time kept before the challenge's deadline to vote and pick the reasoning
 */
record EnsembleSettings(double temperature, int maxTokens, boolean batch, int maxInFlight, Duration reserve) {
}
