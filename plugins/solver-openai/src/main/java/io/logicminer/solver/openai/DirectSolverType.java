package io.logicminer.solver.openai;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;

/**
 * Solver type {@code direct}: a chat model answers on its own. Keys: {@code model} (a models.* name, required;
 * {@code default} is the model built from {@code miner.llm_client}), {@code category} (default {@code Logic}), {@code mode} ({@code two-call} | {@code single-call}),
 * and for single-call {@code max_tokens} (default 1024) and {@code temperature} (default 0.7).
 */
@Extension
public final class DirectSolverType implements SolverType {

    @Override
    public String type() {
        return "direct";
    }

    @Override
    public String description() {
        return "a chat model answers directly (two-call like the reference miner, or single-call)";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        DirectMode mode = config.getEnum(DirectMode.class, "mode", DirectMode.TWO_CALL);
        int maxTokens = config.getInt("max_tokens", 1024);
        if (maxTokens < 1) {
            throw config.invalid("max_tokens", "must be at least 1, got " + maxTokens);
        }
        double temperature = config.getDouble("temperature", 0.7);
        if (temperature < 0 || temperature > 2) {
            throw config.invalid("temperature", "must be between 0 and 2, got " + temperature);
        }
        if (!config.has("model")) {
            throw config.invalid("model", "is required: the name of a models.<name> section, e.g. model = default "
                    + "(the chat model built from miner.llm_client)");
        }
        var model = context.chatModel(config, "model");
        return new DirectSolver(name, model, context.category(config.getString("category", "Logic")), mode,
                maxTokens, temperature);
    }
}
