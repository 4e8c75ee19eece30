package io.logicminer.solver.math.engine;

import io.logicminer.spi.text.TextScanAbortedException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs every known {@link TopicSolver} on a question and keeps the most confident answer.
 *
 * <p>A solver's score is its own confidence plus {@link TopicHint#boost} (the validator's topic line, when present,
 * names the subtopic). The engine declines, never guesses, when no solver recognises the question, when the best
 * score is below {@link #MIN_SCORE}, or when solvers that disagree on the answer share the best score within
 * {@link #TIE_MARGIN}. Thread-safe and stateless after construction.
 *
 * <p>Bounded work whatever the input: a question longer than {@link #MAX_QUESTION_CHARS} is declined before any
 * pattern runs, every solver refuses a cleaned text longer than {@link ProblemText#MAX_CHARS} and runs only linear
 * patterns, and the engine stops between solvers (and inside a solver's text scans) when the thread is interrupted
 * or the deadline has passed, declining with the reason.
 */
public final class MathEngine {

    /** Scores below this are too weak to answer on. */
    public static final double MIN_SCORE = 0.3;
    /** Different answers whose scores are this close count as a tie. */
    public static final double TIE_MARGIN = 1e-9;

    /**
     * Longest question, as received, that the engine reads (characters). Whitespace is collapsed before solvers
     * see the text, so this allows generous padding around a {@link ProblemText#MAX_CHARS} problem.
     */
    public static final int MAX_QUESTION_CHARS = 4 * ProblemText.MAX_CHARS;

    private final List<TopicSolver> solvers;
    private final Set<String> subtopicNames;

    /** An engine over the given solvers (tests, or a host that assembles its own list). */
    public MathEngine(List<TopicSolver> solvers) {
        this.solvers = List.copyOf(solvers);
        Set<String> names = new TreeSet<>();
        for (TopicSolver s : solvers) {
            names.add(s.subtopic());
        }
        this.subtopicNames = Set.copyOf(names);
    }

    /** An engine over every {@link TopicGroup} on this plugin's class path, found with {@link ServiceLoader}. */
    public static MathEngine loadAll() {
        List<TopicSolver> all = new ArrayList<>();
        for (TopicGroup group : ServiceLoader.load(TopicGroup.class, TopicGroup.class.getClassLoader())) {
            all.addAll(group.solvers());
        }
        return new MathEngine(all);
    }

    /** The solvers this engine runs, in load order. */
    public List<TopicSolver> solvers() {
        return solvers;
    }

    /** Solves one question without a deadline (it still stops when the thread is interrupted). */
    public EngineOutcome solve(String question) {
        return solve(question, Instant.MAX, Clock.systemUTC());
    }

    /**
     * Solves one question, or declines with a reason: also when the thread is interrupted or {@code deadline} (on
     * {@code clock}) passes before every solver has run.
     */
    public EngineOutcome solve(String question, Instant deadline, Clock clock) {
        if (question.length() > MAX_QUESTION_CHARS) {
            return EngineOutcome.declined("the question is " + question.length() + " characters long, more than the "
                    + MAX_QUESTION_CHARS + " a math problem can take");
        }
        try {
            return solveWithin(question, deadline, clock);
        } catch (TextScanAbortedException stopped) {
            return EngineOutcome.declined(stopped.interrupted() ? "the solve was interrupted" : "ran out of time");
        }
    }

    private EngineOutcome solveWithin(String question, Instant deadline, Clock clock) {
        ProblemText cleaned = ProblemText.of(question);
        if (cleaned.text().length() > ProblemText.MAX_CHARS) {
            return EngineOutcome.declined("the question's text is " + cleaned.text().length()
                    + " characters long, more than the " + ProblemText.MAX_CHARS + " a math problem can take");
        }
        TopicHint hint = TopicHint.read(cleaned.text(), subtopicNames);
        String text = hint.textWithoutLine();
        ProblemText problem = new ProblemText(question, text, text.toLowerCase(java.util.Locale.ROOT));

        List<Candidate> candidates = new ArrayList<>();
        for (TopicSolver solver : solvers) {
            if (Thread.currentThread().isInterrupted()) {
                return EngineOutcome.declined("the solve was interrupted");
            }
            if (!deadline.equals(Instant.MAX) && !clock.instant().isBefore(deadline)) {
                return EngineOutcome.declined("ran out of time after " + candidates.size() + " candidate answers");
            }
            try {
                solver.solve(problem).ifPresent(answer -> candidates.add(
                        new Candidate(solver, answer, answer.confidence() + hint.boost(solver.topic(), solver.subtopic()))));
            } catch (ArithmeticException | IllegalArgumentException | IndexOutOfBoundsException e) {
                // A recogniser that trips over odd input simply does not recognise it; the others still run.
            }
        }
        if (candidates.isEmpty()) {
            return EngineOutcome.declined("no topic solver recognised the question");
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        Candidate best = candidates.get(0);
        if (best.score() < MIN_SCORE) {
            return EngineOutcome.declined("best match " + best.name() + " is too weak (score "
                    + String.format(java.util.Locale.ROOT, "%.2f", best.score()) + ")");
        }
        for (Candidate other : candidates.subList(1, candidates.size())) {
            if (best.score() - other.score() > TIE_MARGIN) {
                break;
            }
            if (!other.answer().answer().equals(best.answer().answer())) {
                return EngineOutcome.declined("ambiguous: " + best.name() + " and " + other.name()
                        + " match equally well but give different answers");
            }
        }
        return EngineOutcome.answered(best.answer(), best.solver(), best.score());
    }

    private record Candidate(TopicSolver solver, WorkedAnswer answer, double score) {
        String name() {
            return solver.topic() + "/" + solver.subtopic();
        }
    }
}
