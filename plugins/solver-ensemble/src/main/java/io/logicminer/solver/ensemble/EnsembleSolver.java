package io.logicminer.solver.ensemble;

import io.logicminer.solver.ensemble.DrawResult.ProblemKind;
import io.logicminer.spi.Challenge;
import io.logicminer.spi.Solution;
import io.logicminer.spi.Timings;
import io.logicminer.spi.category.Category;
import io.logicminer.spi.chat.ChatChoice;
import io.logicminer.spi.chat.ChatModelException;
import io.logicminer.spi.chat.ChatRequest;
import io.logicminer.spi.chat.ChatResponse;
import io.logicminer.spi.solver.Solver;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Self-consistency: several samples from one or more members, answers clustered with the category's equivalence,
 * a weighted majority vote.
 *
 * <p>Each solve plans its {@link Draw}s (one request with {@code n = samples} per model member when batching, else
 * one request per sample; one call per solver sample) and runs them on virtual threads, at most
 * {@code max_in_flight} at once. Results are tallied as they arrive; once the leader cannot be overtaken by
 * everything still pending the rest is cancelled (early stop), and at {@code deadline - reserve} the vote is taken
 * with what has arrived. Model requests end half a reserve before that, so a streamed reply cut at their deadline
 * (its finished and partial choices) arrives while the vote is still open; no request starts after their deadline.
 * A backend that returns fewer choices than the {@code n} asked for (one that ignores {@code n}) gets the missing
 * samples as parallel requests, and from then on is asked one sample per request; a reply the client cut short
 * (deadline, broken stream) lacks the choices that had not started and is no such sign.
 *
 * <p>The answer is the winning cluster's (its heaviest voter's wording), the reasoning is picked by
 * {@link ReasoningPicker}, and the metadata reports the confidence (the winner's share of the counted weight), the
 * clusters, how many samples voted and why the vote ended.
 */
final class EnsembleSolver implements Solver, AutoCloseable {

    static final String CONFIDENCE = "ensemble.confidence";
    static final String CLUSTERS = "ensemble.clusters";
    static final String SAMPLES = "ensemble.samples";
    static final String DRAWS = "ensemble.draws";
    static final String STOP = "ensemble.stop";
    static final String REASONING = "ensemble.reasoning";
    static final String PROBLEMS = "ensemble.problems";

    private final String name;
    private final List<EnsembleMember> members;
    private final Category category;
    private final EnsembleSettings settings;
    private final ReasoningPicker picker;
    private final Clock clock;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    /** Model members whose backend answered a request for n choices with fewer: asked one sample at a time. */
    private final Set<ModelMember> ignoresN = ConcurrentHashMap.newKeySet();

    EnsembleSolver(String name, List<EnsembleMember> members, Category category, EnsembleSettings settings,
                   ReasoningPicker picker, Clock clock) {
        this.name = name;
        this.members = List.copyOf(members);
        this.category = category;
        this.settings = settings;
        this.picker = picker;
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Solution solve(Challenge challenge) throws InterruptedException {
        long start = System.nanoTime();
        Instant voteBy = challenge.deadline().minus(settings.reserve());
        // Model requests end half the reserve before the vote: a reply cut at their deadline (a stream's partial
        // choices) still reaches the tally, which keeps listening until voteBy.
        Instant membersBy = voteBy.minus(settings.reserve().dividedBy(2));
        if (!clock.instant().isBefore(voteBy)) {
            return Solution.timedOut(name, "", "no time to sample: the deadline is within the ensemble's reserve of "
                    + settings.reserve().toMillis() + " ms").withTimings(Timings.of(since(start)));
        }
        Deque<Draw> pending = new ArrayDeque<>(plan());
        int planned = pending.stream().mapToInt(Draw::count).sum();
        BlockingQueue<DrawResult> arrived = new LinkedBlockingQueue<>();
        Map<Draw, Future<?>> inFlight = new IdentityHashMap<>();
        VoteTally tally = new VoteTally(category);
        List<Ballot> incomplete = new ArrayList<>();
        List<DrawResult> problems = new ArrayList<>();
        int started = 0;
        boolean tooLate = false;
        String stop = "complete";
        try {
            while (true) {
                if (!clock.instant().isBefore(membersBy)
                        && pending.removeIf(draw -> draw.member() instanceof ModelMember)) {
                    tooLate = true; // too late to start a model request: its deadline has passed
                }
                while (!pending.isEmpty() && (settings.maxInFlight() == 0 || inFlight.size() < settings.maxInFlight())) {
                    Draw draw = pending.poll();
                    inFlight.put(draw, threads.submit(() -> arrived.add(run(draw, challenge, membersBy, voteBy))));
                    started++;
                }
                if (inFlight.isEmpty()) {
                    break;
                }
                long waitNanos = Duration.between(clock.instant(), voteBy).toNanos();
                DrawResult result = waitNanos <= 0 ? arrived.poll() : arrived.poll(waitNanos, TimeUnit.NANOSECONDS);
                if (result == null) {
                    stop = "deadline";
                    break;
                }
                inFlight.remove(result.draw());
                if (result.problem() != null) {
                    problems.add(result);
                }
                for (Ballot ballot : result.ballots()) {
                    if (ballot.counts()) {
                        tally.add(ballot);
                    } else {
                        incomplete.add(ballot);
                    }
                }
                int missing = result.draw().count() - result.ballots().size();
                if (result.problem() == null && !result.cutShort() && missing > 0
                        && result.draw().member() instanceof ModelMember model) {
                    // The backend ignored n (a reply cut short lacks only the choices that had not started: no sign
                    // of that): ask for the rest one sample per request, first in line, while there is time.
                    ignoresN.add(model);
                    if (clock.instant().isBefore(membersBy)) {
                        for (int i = result.draw().count() - 1; i >= result.ballots().size(); i--) {
                            pending.addFirst(new Draw(model, result.draw().firstSample() + i, 1));
                        }
                    }
                }
                double pendingWeight = pending.stream().mapToDouble(Draw::pendingWeight).sum()
                        + inFlight.keySet().stream().mapToDouble(Draw::pendingWeight).sum();
                if ((!inFlight.isEmpty() || !pending.isEmpty()) && tally.decided(pendingWeight)) {
                    stop = "early";
                    break;
                }
            }
        } finally {
            inFlight.values().forEach(future -> future.cancel(true));
        }
        if (stop.equals("complete") && (tooLate || problems.stream().anyMatch(p -> p.kind() == ProblemKind.DEADLINE))) {
            stop = "deadline"; // the members' own deadline (at or before ours) ended them
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(STOP, stop);
        metadata.put(DRAWS, Integer.toString(started));
        // The centroid pick embeds only while at least half the reserve is left before the challenge's deadline.
        Instant embedBy = challenge.deadline().minus(settings.reserve().dividedBy(2));
        Solution solution = decide(tally, incomplete, problems, planned, stop, metadata, embedBy);
        return solution.withMetadata(metadata).withTimings(Timings.of(since(start)));
    }

    /** Model members' requests and solver members' calls, round-robin over the members so each starts early. */
    private List<Draw> plan() {
        List<List<Draw>> perMember = new ArrayList<>();
        for (EnsembleMember member : members) {
            List<Draw> draws = new ArrayList<>();
            boolean oneRequest = member instanceof ModelMember model && settings.batch() && !ignoresN.contains(model)
                    && member.samples() > 1;
            if (oneRequest) {
                draws.add(new Draw(member, 0, member.samples()));
            } else {
                for (int i = 0; i < member.samples(); i++) {
                    draws.add(new Draw(member, i, 1));
                }
            }
            perMember.add(draws);
        }
        List<Draw> plan = new ArrayList<>();
        for (int round = 0; ; round++) {
            boolean any = false;
            for (List<Draw> draws : perMember) {
                if (round < draws.size()) {
                    plan.add(draws.get(round));
                    any = true;
                }
            }
            if (!any) {
                return plan;
            }
        }
    }

    /**
     * Runs one draw; never throws, so the coordinating thread always hears back. A model request ends at
     * {@code membersBy} (its cut reply then still reaches the vote); a solver member gets the vote's own deadline,
     * since a solver returns its solution by its deadline itself (keeping its own margin for what it cut).
     */
    private DrawResult run(Draw draw, Challenge challenge, Instant membersBy, Instant voteBy) {
        try {
            return switch (draw.member()) {
                case ModelMember model -> sample(model, draw, challenge, membersBy);
                case SolverMember solver -> ask(solver, draw, challenge, voteBy);
            };
        } catch (RuntimeException e) {
            return DrawResult.failed(draw, ProblemKind.OTHER, draw.member().label() + ": " + e);
        }
    }

    private DrawResult sample(ModelMember member, Draw draw, Challenge challenge, Instant until) {
        ChatResponse response;
        try {
            response = member.model().complete(new ChatRequest(category.singleCallPrompt(challenge.question()),
                    settings.temperature(), null, settings.maxTokens(), null, draw.count(), until));
        } catch (ChatModelException e) {
            ProblemKind kind = switch (e.reason()) {
                case HTTP_STATUS, IO -> ProblemKind.LLM;
                case DEADLINE, INTERRUPTED -> ProblemKind.DEADLINE;
                case MALFORMED_RESPONSE -> ProblemKind.OTHER;
            };
            return DrawResult.failed(draw, kind, member.label() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return DrawResult.failed(draw, ProblemKind.OTHER, member.label() + ": " + e);
        }
        List<Ballot> ballots = new ArrayList<>();
        List<ChatChoice> choices = response.choices();
        for (int i = 0; i < Math.min(choices.size(), draw.count()); i++) {
            ChatChoice choice = choices.get(i);
            String text = choice.content().strip();
            Optional<String> answer = text.isEmpty() ? Optional.empty()
                    : choice.truncated() ? CutSampleAnswer.extract(category, text) : category.extractAnswer(text);
            ballots.add(new Ballot(member.label(), draw.order(i), member.weight(), withoutFinalLine(text), answer,
                    !choice.truncated()));
        }
        return choices.stream().anyMatch(ChatChoice::cutShort) ? DrawResult.cut(draw, ballots)
                : DrawResult.of(draw, ballots);
    }

    private DrawResult ask(SolverMember member, Draw draw, Challenge challenge, Instant until) {
        Solution solution;
        try {
            solution = member.solver().solve(challenge.withDeadline(until));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DrawResult.failed(draw, ProblemKind.DEADLINE, member.label() + ": interrupted");
        } catch (RuntimeException e) {
            return DrawResult.failed(draw, ProblemKind.OTHER, member.label() + ": " + e);
        }
        if (solution.status().mayCarryAnswer() && !solution.answer().isBlank()) {
            return DrawResult.of(draw, List.of(new Ballot(member.label(), draw.order(0), member.weight(),
                    solution.reasoning(), Optional.of(solution.answer()), solution.isAnswered())));
        }
        ProblemKind kind = switch (solution.status()) {
            case LLM_ERROR -> ProblemKind.LLM;
            case TIMED_OUT -> ProblemKind.DEADLINE;
            default -> ProblemKind.OTHER;
        };
        return DrawResult.failed(draw, kind, member.label() + ": " + solution.status().label()
                + (solution.error() == null ? "" : " (" + solution.error() + ")"));
    }

    private Solution decide(VoteTally tally, List<Ballot> incomplete, List<DrawResult> problems, int planned,
                            String stop, Map<String, String> metadata, Instant embedBy) {
        if (!problems.isEmpty()) {
            metadata.put(PROBLEMS, problems.size() + ": " + problems.get(0).problem()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
        boolean partial = tally.winner().isEmpty();
        VoteTally counted = tally;
        if (partial) {
            // No complete sample has an answer: vote among the cut ones, for a best-effort answer.
            counted = new VoteTally(category);
            for (Ballot ballot : incomplete) {
                if (ballot.answer().isPresent()) {
                    counted.add(ballot);
                }
            }
        }
        Optional<AnswerCluster> winner = counted.winner();
        if (winner.isEmpty()) {
            String why = "no sample had an answer (" + (incomplete.size()) + " cut short, " + problems.size()
                    + " draws failed" + (problems.isEmpty() ? "" : ": " + problems.get(0).problem()) + ")";
            String cutReasoning = incomplete.stream().map(Ballot::reasoning).filter(r -> !r.isBlank()).findFirst()
                    .orElse("");
            boolean allLlm = !problems.isEmpty() && incomplete.isEmpty()
                    && problems.stream().allMatch(p -> p.kind() == ProblemKind.LLM);
            if (allLlm) {
                return Solution.llmError(name, "", why);
            }
            if (stop.equals("deadline") || problems.stream().anyMatch(p -> p.kind() == ProblemKind.DEADLINE)
                    || !incomplete.isEmpty()) {
                return Solution.timedOut(name, cutReasoning, why);
            }
            return Solution.failed(name, why);
        }
        AnswerCluster best = winner.get();
        int voters = counted.ranked().stream().mapToInt(AnswerCluster::size).sum();
        metadata.put(CONFIDENCE, String.format(Locale.ROOT, "%.3f", best.weight() / counted.totalWeight()));
        metadata.put(CLUSTERS, counted.describe());
        metadata.put(SAMPLES, voters + "/" + planned);
        ReasoningPicker.Pick pick = picker.pick(best.ballots(), embedBy, clock);
        metadata.put(REASONING, pick.method().name().toLowerCase(Locale.ROOT));
        if (partial) {
            return Solution.partial(name, pick.ballot().reasoning(), best.answer(),
                    "every sample with an answer was cut short; voted among " + voters + " cut samples");
        }
        return Solution.answered(name, pick.ballot().reasoning(), best.answer());
    }

    /** The reasoning without a trailing {@code Final answer: ...} line (the answer travels on its own). */
    static String withoutFinalLine(String output) {
        String[] lines = output.strip().split("\\R");
        int last = lines.length - 1;
        while (last >= 0 && lines[last].isBlank()) {
            last--;
        }
        if (last > 0 && lines[last].replace("*", "").strip().toLowerCase(Locale.ROOT).startsWith("final answer")) {
            return String.join("\n", java.util.Arrays.copyOf(lines, last)).strip();
        }
        return output.strip();
    }

    /** {@code 3} for a whole number, else up to three decimals. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
