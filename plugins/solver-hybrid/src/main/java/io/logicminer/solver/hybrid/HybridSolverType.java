package io.logicminer.solver.hybrid;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;

import java.time.Duration;

/**
 * Solver type {@code hybrid}: an exact engine's answer with a chat model's reasoning written the validator's way.
 * Keys (see logicminer-plugin.conf): {@code engine} (required, a {@code solvers.<name>}), {@code model} (required,
 * a {@code models.<name>}), {@code max_tokens} (default 300), {@code temperature} (default 0.7),
 * {@code model_cutoff} (default 400ms).
 */
@Extension
public final class HybridSolverType implements SolverType {

    static final Duration DEFAULT_MODEL_CUTOFF = Duration.ofMillis(400);

    @Override
    public String type() {
        return "hybrid";
    }

    @Override
    public String description() {
        return "exact engine's answer, reasoning from a chat model asked the way the validator asks for its reference";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        if (name.equals(config.getString("engine"))) {
            throw config.invalid("engine", "names this solver itself; name the exact engine instead, e.g. engine = math");
        }
        int maxTokens = config.getInt("max_tokens", ValidatorReferenceRequest.VALIDATOR_MAX_TOKENS);
        if (maxTokens < 1) {
            throw config.invalid("max_tokens", "must be at least 1, got " + maxTokens
                    + " (the validator's reference uses " + ValidatorReferenceRequest.VALIDATOR_MAX_TOKENS + ")");
        }
        double temperature = config.getDouble("temperature", ValidatorReferenceRequest.VALIDATOR_TEMPERATURE);
        if (!(temperature >= 0 && temperature <= 2)) {
            throw config.invalid("temperature", "must be between 0 and 2, got " + temperature
                    + " (the validator's reference uses " + ValidatorReferenceRequest.VALIDATOR_TEMPERATURE + ")");
        }
        Duration cutoff = config.getDuration("model_cutoff", DEFAULT_MODEL_CUTOFF);
        if (cutoff.isNegative()) {
            throw config.invalid("model_cutoff", "must not be negative, got " + cutoff.toMillis() + " ms");
        }
        Solver engine = context.solver(config, "engine");
        ChatModel model = context.chatModel(config, "model");
        return new HybridSolver(name, engine, model, new ValidatorReferenceRequest(maxTokens, temperature), cutoff,
                context.clock(), context.metrics());
    }
}
