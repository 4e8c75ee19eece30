package io.logicminer.solver.math;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.chat.ChatModel;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;

/**
 * Solver type {@code math-tool}: the exact engine with a chat model in front. Keys (see logicminer-plugin.conf):
 * {@code model} (required, a {@code models.<name>}), {@code direct_fallback} (default true), {@code max_tokens}
 * (default 1024), {@code temperature} (default 0.0).
 */
@Extension
public final class MathToolSolverType implements SolverType {

    @Override
    public String type() {
        return "math-tool";
    }

    @Override
    public String description() {
        return "chat model rewrites the question into canonical form, the exact engine computes; model answers what the engine cannot";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        ChatModel model = context.chatModel(config, "model");
        boolean directFallback = config.getBoolean("direct_fallback", true);
        int maxTokens = config.getInt("max_tokens", 1024);
        if (maxTokens < 1) {
            throw config.invalid("max_tokens", "must be at least 1, got " + maxTokens);
        }
        double temperature = config.getDouble("temperature", 0.0);
        if (temperature < 0 || temperature > 2) {
            throw config.invalid("temperature", "must be between 0 and 2, got " + temperature);
        }
        return new MathToolSolver(name, SharedEngine.get(), model, directFallback, maxTokens, temperature, context.clock());
    }
}
