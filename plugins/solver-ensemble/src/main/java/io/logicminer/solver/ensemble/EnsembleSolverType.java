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
    /** The most samples one member may draw per solve. */
    static final int MAX_MEMBER_SAMPLES = 64;
    /** The most samples all members together may draw per solve. */
    static final int MAX_TOTAL_SAMPLES = 256;
    /** Default {@code max_in_flight}: requests and solver calls running at once for one solve. */
    static final int DEFAULT_MAX_IN_FLIGHT = 16;
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
        if (samples < 1 || samples > MAX_MEMBER_SAMPLES) {
            throw config.invalid("samples", "must be between 1 and " + MAX_MEMBER_SAMPLES + ", got " + samples
                    + " (votes settle within a few dozen samples; 5 to 10 is usual)");
        }
        List<ComponentConfig> items = config.getSectionList("members");
        if (items.isEmpty()) {
            throw config.invalid("members", "needs at least one member, e.g. members = [ { model = default, weight = 1 } ]"
                    + " or [ { model = default }, { solver = math, weight = 3 } ]");
        }
        List<EnsembleMember> members = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            EnsembleMember member = member(items.get(i), i, samples, context);
            members.add(member);
            total += member.samples();
        }
        if (total > MAX_TOTAL_SAMPLES) {
            throw config.invalid("members", "draw " + total + " samples per solve together, more than "
                    + MAX_TOTAL_SAMPLES + "; lower samples (or the members' own samples)");
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
        int maxInFlight = config.getInt("max_in_flight", DEFAULT_MAX_IN_FLIGHT);
        if (maxInFlight < 0) {
            throw config.invalid("max_in_flight", "must be 0 (no limit) or more, got " + maxInFlight
                    + " (default " + DEFAULT_MAX_IN_FLIGHT + ")");
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
        if (count < 1 || count > MAX_MEMBER_SAMPLES) {
            throw item.invalid("samples", "must be between 1 and " + MAX_MEMBER_SAMPLES + ", got " + count);
        }
        return item.has("model")
                ? new ModelMember(context.chatModel(item, "model"), weight, count, position)
                : new SolverMember(context.solver(item, "solver"), weight, count, position);
    }

    private static Optional<SentenceEmbedder> embedder(String name, String type, SolverContext context) {
        if (type.equals(NO_EMBEDDER)) {
            return Optional.empty();
        }
        Optional<SentenceEmbedder> embedder;
        try {
            embedder = context.sentenceEmbedder(type);
        } catch (RuntimeException e) {
            // Optional: a broken embedder (model files, native runtime) must not keep the host from starting.
            LOG.warn("solvers.{}: the sentence embedder '{}' could not be created ({}); the ensemble returns the"
                    + " shortest reasoning of the winning answer instead (set embedder = none to skip it)",
                    name, type, e.toString());
            return Optional.empty();
        }
        if (embedder.isEmpty()) {
            LOG.info("solvers.{}: no sentence embedder '{}' is loaded, so the ensemble returns the shortest reasoning"
                    + " of the winning answer; add the similarity-minilm plugin for the centroid pick (or set"
                    + " embedder = none to silence this)", name, type);
        }
        return embedder;
    }
}
