package io.logicminer.evaluation.run;

import io.logicminer.evaluation.reward.RewardFormula;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiPredicate;
import java.util.function.Consumer;

/**
 * The offline validator: sends challenges to a miner (through a {@link ChallengeAnswerer}: in-process or over the
 * axon) with bounded concurrency on virtual threads and scores each reply under every validator profile of a
 * {@link ValidatorPanel} (correctness ladder, similarity, {@link RewardFormula}). Results come back in challenge
 * order.
 */
public final class EvaluationRun {

    private final ChallengeAnswerer answerer;
    private final ValidatorPanel panel;
    private final BiPredicate<String, String> equivalence;
    private final Optional<SimilarityScorer> similarity;
    private final Duration timeout;
    private final int concurrency;

    /**
     * @param answerer gets the miner's replies
     * @param panel the validator profiles that score them
     * @param equivalence (answer, ground truth) → equivalent: the category's test, shown beside every verdict and
     *     the stand-in for answers a profile leaves undecided
     * @param similarity the similarity scorer, or empty when no reference LLM is configured
     * @param timeout the synapse timeout
     * @param concurrency challenges at once
     */
    public EvaluationRun(ChallengeAnswerer answerer, ValidatorPanel panel, BiPredicate<String, String> equivalence,
                         Optional<SimilarityScorer> similarity, Duration timeout, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        this.answerer = answerer;
        this.panel = panel;
        this.equivalence = equivalence;
        this.similarity = similarity;
        this.timeout = timeout;
        this.concurrency = concurrency;
    }

    /** The correctness method, for the report. */
    public String correctnessMethod() {
        return panel.describe();
    }

    /** The validator profiles. */
    public ValidatorPanel panel() {
        return panel;
    }

    /** Whether similarity (and so the full reward) is measured. */
    public boolean measuresSimilarity() {
        return similarity.isPresent();
    }

    /**
     * Runs every challenge.
     *
     * @param progress called after each challenge with its result
     */
    public List<EvalResult> run(List<EvalChallenge> challenges, Consumer<EvalResult> progress)
            throws InterruptedException {
        Semaphore permits = new Semaphore(concurrency);
        List<Future<EvalResult>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (EvalChallenge challenge : challenges) {
                futures.add(executor.submit(() -> {
                    permits.acquire();
                    try {
                        EvalResult result = score(challenge);
                        progress.accept(result);
                        return result;
                    } finally {
                        permits.release();
                    }
                }));
            }
            List<EvalResult> results = new ArrayList<>(challenges.size());
            for (Future<EvalResult> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("scoring failed: " + e.getCause(), e.getCause());
                }
            }
            return results;
        }
    }

    /**
     * Sends one challenge and scores the reply: the one place a reply becomes a correctness, a similarity and a
     * reward. {@code mine --local} calls it one challenge at a time; {@link #run} calls it concurrently.
     *
     * <p>A failure while scoring (the reference model or embedder behind the similarity, the category's equivalence
     * test, a profile's rating) is this challenge's error, never the run's: the result's {@code answer().error()}
     * names it, the similarity is then not measured (null) and the profiles score the reply undecided with the
     * method {@code scoring error}.
     */
    public EvalResult score(EvalChallenge challenge) throws InterruptedException {
        AnswerResult reply;
        try {
            reply = answerer.answer(challenge, timeout);
        } catch (RuntimeException e) {
            reply = AnswerResult.noReply(timeout, describe(e));
        }
        List<String> failures = new ArrayList<>();
        boolean equivalent = false;
        try {
            equivalent = !reply.answer().isBlank() && equivalence.test(reply.answer(), challenge.groundTruth());
        } catch (RuntimeException e) {
            failures.add("equivalence test failed: " + describe(e));
        }
        Double sim = null; // n/a unless a scorer is configured: never faked
        if (similarity.isPresent() && reply.replied()) {
            try {
                sim = reply.reasoning().isBlank() ? 0.0
                        : similarity.get().similarity(challenge.rawQuestion(), reply.reasoning());
            } catch (RuntimeException e) {
                failures.add("similarity failed: " + describe(e));
            }
        }
        Map<String, ProfileScore> scores;
        try {
            scores = panel.score(challenge, reply, sim, equivalent, timeout);
        } catch (RuntimeException e) {
            failures.add("scoring failed: " + describe(e));
            scores = panel.unrated(reply, sim, equivalent, timeout);
        }
        if (!failures.isEmpty()) {
            String error = String.join("; ", failures);
            reply = new AnswerResult(reply.answer(), reply.reasoning(), reply.latency(),
                    reply.error() == null ? error : reply.error() + "; " + error, reply.replied(), reply.metadata());
        }
        ProfileScore headline = scores.get(panel.headline().name());
        return new EvalResult(challenge, reply, headline.correctness(), sim, reply.latency(), headline.reward(),
                equivalent, panel.headline().name(), scores);
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
