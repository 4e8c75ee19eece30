package io.logicminer.solver.ensemble;

import io.logicminer.spi.ComponentConfig;
import io.logicminer.spi.embedding.SentenceEmbedder;
import io.logicminer.spi.solver.Solver;
import io.logicminer.spi.solver.SolverContext;
import io.logicminer.spi.solver.SolverType;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Solver type {@code ensemble}: self-consistency over chat models and solvers; keys in logicminer-plugin.conf. */
@Extension
public final class EnsembleSolverType implements SolverType {

    private static final Logger LOG = LoggerFactory.getLogger(EnsembleSolverType.class);
    private static final Set<String> MEMBER_KEYS = Set.of("model", "solver", "weight", "samples");
    /** The embedder type that means "none": return the shortest reasoning. */
    static final String NO_EMBEDDER = "none";

    @Override
    public String type() {
        return "ensemble";
    }

    @Override
    public String description() {
        return "self-consistency: k samples from chat models and solvers, weighted majority vote on the answer";
    }

    @Override
    public Solver create(String name, ComponentConfig config, SolverContext context) {
        int samples = config.getInt("samples", 5);
        if (samples < 1) {
            throw config.invalid("samples", "must be at least 1, got " + samples);
        }
        List<ComponentConfig> items = config.getSectionList("members");
        if (items.isEmpty()) {
            throw config.invalid("members", "needs at least one member, e.g. members = [ { model = default, weight = 1 } ]"
                    + " or [ { model = default }, { solver = math, weight = 3 } ]");
        }
        List<EnsembleMember> members = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            members.add(member(items.get(i), i, samples, context));
        }
        double temperature = config.getDouble("temperature", 0.7);
        if (!(temperature >= 0 && temperature <= 2)) {
            throw config.invalid("temperature", "must be between 0 and 2, got " + temperature
                    + " (samples need some temperature to differ; 0.7 is usual)");
        }
        int maxTokens = config.getInt("max_tokens", 1024);
        if (maxTokens < 1) {
            throw config.invalid("max_tokens", "must be at least 1, got " + maxTokens);
        }
        int maxInFlight = config.getInt("max_in_flight", 0);
        if (maxInFlight < 0) {
            throw config.invalid("max_in_flight", "must be 0 (no limit) or more, got " + maxInFlight);
        }
        Duration reserve = config.getDuration("reserve", Duration.ofMillis(250));
        if (reserve.isNegative()) {
            throw config.invalid("reserve", "must not be negative, got " + reserve);
        }
        EnsembleSettings settings = new EnsembleSettings(temperature, maxTokens, config.getBoolean("batch", true),
                maxInFlight, reserve);
        String category = config.getString("category", "Logic");
        return new EnsembleSolver(name, members, context.category(category), settings,
                new ReasoningPicker(embedder(name, config.getString("embedder", "minilm"), context)), context.clock());
    }

    private static EnsembleMember member(ComponentConfig item, int position, int samples, SolverContext context) {
        Set<String> unknown = new TreeSet<>(item.keys());
        unknown.removeAll(MEMBER_KEYS);
        if (!unknown.isEmpty()) {
            throw item.invalid(unknown.iterator().next(), "is not a member key; a member has model or solver, and"
                    + " optionally weight and samples");
        }
        if (item.has("model") == item.has("solver")) {
            throw item.invalid(item.has("model") ? "solver" : "model", "a member names either a chat model"
                    + " (model = default) or a solver (solver = math), not " + (item.has("model") ? "both" : "neither"));
        }
        double weight = item.getDouble("weight", 1.0);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw item.invalid("weight", "must be a positive number, got " + weight);
        }
        int count = item.getInt("samples", item.has("model") ? samples : 1);
        if (count < 1) {
            throw item.invalid("samples", "must be at least 1, got " + count);
        }
        return item.has("model")
                ? new ModelMember(context.chatModel(item, "model"), weight, count, position)
                : new SolverMember(context.solver(item, "solver"), weight, count, position);
    }

    private static Optional<SentenceEmbedder> embedder(String name, String type, SolverContext context) {
        if (type.equals(NO_EMBEDDER)) {
            return Optional.empty();
        }
        Optional<SentenceEmbedder> embedder = context.sentenceEmbedder(type);
        if (embedder.isEmpty()) {
            LOG.info("solvers.{}: no sentence embedder '{}' is loaded, so the ensemble returns the shortest reasoning"
                    + " of the winning answer; add the similarity-minilm plugin for the centroid pick (or set"
                    + " embedder = none to silence this)", name, type);
        }
        return embedder;
    }
}
