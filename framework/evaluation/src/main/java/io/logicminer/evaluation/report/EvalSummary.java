package io.logicminer.evaluation.report;

import io.logicminer.evaluation.capacity.VolumeAdvice;
import io.logicminer.evaluation.profile.ValidatorProfile;
import io.logicminer.evaluation.profile.Verdict;
import io.logicminer.evaluation.run.EvalResult;
import io.logicminer.evaluation.run.ProfileScore;
import io.logicminer.evaluation.run.ValidatorPanel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of a run: accuracy, rewards under every validator profile, similarity, latency percentiles, declines,
 * errors, per topic, and the volume advice.
 *
 * @param n challenges
 * @param correct answers the headline profile rated 1
 * @param accuracy correct / n
 * @param meanReward mean reward under the headline profile (without its similarity term when similarity is not
 *     measured)
 * @param meanSimilarity mean similarity, or null when not measured
 * @param latencyP50Ms median latency
 * @param latencyP95Ms 95th percentile latency
 * @param latencyP99Ms 99th percentile latency
 * @param declines replies with no answer and no transport error
 * @param errors replies with an error
 * @param correctnessMethod how correctness was rated
 * @param rewardIncludesSimilarity whether the rewards include the similarity term
 * @param topics per-topic rows, sorted by topic/subtopic
 * @param headlineProfile the profile of {@code meanReward} and {@code correct}
 * @param rewards mean reward per profile, in profile order
 * @param profiles each profile's tally, in profile order
 * @param epochVolume the epoch_volume the multiplier used
 * @param volumeAdvice the epoch_volume the measured solve rate can honour, or null
 */
public record EvalSummary(int n, int correct, double accuracy, double meanReward, Double meanSimilarity,
                          double latencyP50Ms, double latencyP95Ms, double latencyP99Ms, int declines, int errors,
                          String correctnessMethod, boolean rewardIncludesSimilarity, List<TopicRow> topics,
                          String headlineProfile, Map<String, Double> rewards, Map<String, ProfileTally> profiles,
                          int epochVolume, VolumeAdvice volumeAdvice) {

    /** One topic/subtopic's figures (headline profile). */
    public record TopicRow(String topic, String subtopic, int n, int correct, double accuracy, double meanReward) {
    }

    /** Computes the summary of {@code results} scored by {@code panel}. */
    public static EvalSummary of(List<EvalResult> results, ValidatorPanel panel, boolean withSimilarity,
                                 VolumeAdvice volumeAdvice) {
        int correct = 0;
        int declines = 0;
        int errors = 0;
        double similaritySum = 0;
        List<Double> latencies = new ArrayList<>();
        Map<String, double[]> perTopic = new TreeMap<>();
        for (EvalResult r : results) {
            boolean right = r.correctness() == 1;
            correct += right ? 1 : 0;
            if (r.answer().error() != null) {
                if (r.answer().error().startsWith("declined")) {
                    declines++;
                } else {
                    errors++;
                }
            }
            similaritySum += r.similarity() == null ? 0 : r.similarity();
            latencies.add(r.latency().toNanos() / 1e6);
            double[] row = perTopic.computeIfAbsent(r.challenge().topic() + "\t" + r.challenge().subtopic(),
                    k -> new double[3]);
            row[0]++;
            row[1] += right ? 1 : 0;
            row[2] += r.reward();
        }
        Collections.sort(latencies);
        List<TopicRow> topics = new ArrayList<>();
        perTopic.forEach((key, v) -> {
            String[] parts = key.split("\t", 2);
            topics.add(new TopicRow(parts[0], parts[1], (int) v[0], (int) v[1], v[1] / v[0], v[2] / v[0]));
        });
        Map<String, Double> rewards = new LinkedHashMap<>();
        Map<String, ProfileTally> tallies = new LinkedHashMap<>();
        for (ValidatorProfile p : panel.profiles()) {
            ProfileTally tally = tally(results, p, panel.epochVolume());
            tallies.put(p.name(), tally);
            rewards.put(p.name(), tally.meanReward());
        }
        int n = results.size();
        double meanReward = tallies.get(panel.headline().name()).meanReward(); // the headline profile's tally
        return new EvalSummary(n, correct, n == 0 ? 0 : (double) correct / n, meanReward,
                withSimilarity && n > 0 ? similaritySum / n : null, percentile(latencies, 0.50),
                percentile(latencies, 0.95), percentile(latencies, 0.99), declines, errors, panel.describe(),
                withSimilarity, topics, panel.headline().name(), rewards, tallies, panel.epochVolume(), volumeAdvice);
    }

    private static ProfileTally tally(List<EvalResult> results, ValidatorProfile profile, int epochVolume) {
        int decided = 0;
        int undecided = 0;
        int undecidedEquivalent = 0;
        int noReply = 0;
        double sum = 0;
        Map<String, Integer> methods = new TreeMap<>();
        Map<String, Integer> penalties = new TreeMap<>();
        for (EvalResult r : results) {
            ProfileScore s = r.scores().get(profile.name());
            sum += s.reward();
            Verdict v = s.verdict();
            if (!r.answer().replied()) {
                noReply++;
            } else if (v.isDecided()) {
                decided++;
                methods.merge(v.method(), 1, Integer::sum);
                if (v.penalty() != null) {
                    penalties.merge(v.penalty().label(), 1, Integer::sum);
                }
            } else {
                undecided++;
                undecidedEquivalent += r.equivalent() ? 1 : 0;
            }
        }
        return new ProfileTally(profile.release(), results.isEmpty() ? 0 : sum / results.size(),
                profile.volume().factor(epochVolume), decided, undecided, undecidedEquivalent, noReply, methods,
                penalties);
    }

    /** Nearest-rank percentile; 0 for no values. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
