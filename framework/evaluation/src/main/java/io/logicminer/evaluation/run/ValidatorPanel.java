package io.logicminer.evaluation.run;

import io.logicminer.evaluation.profile.JudgeSetup;
import io.logicminer.evaluation.profile.ValidatorProfile;
import io.logicminer.evaluation.profile.ValidatorProfiles;
import io.logicminer.evaluation.profile.Verdict;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Validators of every profile scoring the same replies side by side, one of them the headline.
 */
public final class ValidatorPanel {

    private final List<ValidatorProfile> profiles;
    private final ValidatorProfile headline;
    private final JudgeSetup judge;
    private final int epochVolume;

    /**
     * @param profiles the profiles, in report order; must hold {@code headline}
     * @param headline the profile whose reward is the headline ({@code reward}, {@code correct})
     * @param judge the judge model (when configured) and cheat words
     * @param epochVolume the miner's epoch_volume, for the volume multiplier
     */
    public ValidatorPanel(List<ValidatorProfile> profiles, ValidatorProfile headline, JudgeSetup judge,
                          int epochVolume) {
        if (!profiles.contains(headline)) {
            throw new IllegalArgumentException("the headline profile " + headline.name() + " is not on the panel");
        }
        if (epochVolume < 0) {
            throw new IllegalArgumentException("miner.epoch_volume must be >= 0, got " + epochVolume);
        }
        this.profiles = List.copyOf(profiles);
        this.headline = headline;
        this.judge = judge;
        this.epochVolume = epochVolume;
    }

    /** Every known profile ({@link ValidatorProfiles#all()}), one of them the headline. */
    public static ValidatorPanel of(ValidatorProfile headline, JudgeSetup judge, int epochVolume) {
        return new ValidatorPanel(ValidatorProfiles.all(), headline, judge, epochVolume);
    }

    public List<ValidatorProfile> profiles() {
        return profiles;
    }

    public ValidatorProfile headline() {
        return headline;
    }

    public int epochVolume() {
        return epochVolume;
    }

    /** Whether a judge model is configured. */
    public boolean hasJudge() {
        return judge.model().isPresent();
    }

    /** How correctness is rated, for reports. */
    public String describe() {
        return judge.model().map(m -> "LLM judge " + m.describe() + " where the profile asks for one")
                .orElse("no judge LLM configured: answers a profile would send to its judge are undecided, and"
                        + " their reward uses the category's equivalence test as a stand-in");
    }

    /**
     * Scores one reply under every profile, in profile order.
     *
     * @param similarity the measured similarity, or null when not measured (the term is then left out)
     * @param equivalent the category's equivalence verdict, the stand-in for undecided answers
     */
    public Map<String, ProfileScore> score(EvalChallenge challenge, AnswerResult reply, Double similarity,
                                           boolean equivalent, Duration timeout) {
        return scoreWith(p -> reply.replied()
                ? p.rate(challenge.rawQuestion(), challenge.groundTruth(), reply.answer(), judge)
                : new Verdict(0.0, "no reply", null), reply, similarity, equivalent, timeout);
    }

    /**
     * Scores one reply whose rating failed: undecided under every profile with the method {@code scoring error},
     * so the reward uses the category's equivalence test as the stand-in (a reply that never arrived still scores
     * 0).
     */
    public Map<String, ProfileScore> unrated(AnswerResult reply, Double similarity, boolean equivalent,
                                             Duration timeout) {
        return scoreWith(p -> reply.replied() ? new Verdict(null, "scoring error", null)
                : new Verdict(0.0, "no reply", null), reply, similarity, equivalent, timeout);
    }

    private Map<String, ProfileScore> scoreWith(Function<ValidatorProfile, Verdict> rating, AnswerResult reply,
                                                Double similarity, boolean equivalent, Duration timeout) {
        Map<String, ProfileScore> scores = new LinkedHashMap<>();
        double seconds = reply.latency().toNanos() / 1e9;
        double timeoutSeconds = timeout.toNanos() / 1e9;
        for (ValidatorProfile p : profiles) {
            Verdict verdict = rating.apply(p);
            double correctness = verdict.isDecided() ? verdict.correctness() : equivalent ? 1 : 0;
            double reward = p.reward(reply.replied(), similarity == null ? 0 : similarity, correctness, seconds,
                    timeoutSeconds, epochVolume);
            scores.put(p.name(), new ProfileScore(p.name(), reward, correctness, verdict));
        }
        return scores;
    }
}
