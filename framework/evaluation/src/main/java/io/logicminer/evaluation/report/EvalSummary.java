package io.logicminer.evaluation.report;

import io.logicminer.evaluation.run.EvalResult;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Figures of a run: accuracy, rewards, similarity, latency percentiles, declines, errors, per topic.
 *
 * @param n challenges
 * @param correct answers rated 1
 * @param accuracy correct / n
 * @param meanReward mean reward (without its similarity term when similarity is not measured)
 * @param meanSimilarity mean similarity, or null when not measured
 * @param latencyP50Ms median latency
 * @param latencyP95Ms 95th percentile latency
 * @param latencyP99Ms 99th percentile latency
 * @param declines replies with no answer and no transport error
 * @param errors replies with an error
 * @param correctnessMethod how correctness was rated
 * @param rewardIncludesSimilarity whether the rewards include the similarity term
 * @param topics per-topic rows, sorted by topic/subtopic
 */
public record EvalSummary(int n, int correct, double accuracy, double meanReward, Double meanSimilarity,
                          double latencyP50Ms, double latencyP95Ms, double latencyP99Ms, int declines, int errors,
                          String correctnessMethod, boolean rewardIncludesSimilarity, List<TopicRow> topics) {

    /** One topic/subtopic's figures. */
    public record TopicRow(String topic, String subtopic, int n, int correct, double accuracy, double meanReward) {
    }

    /** Computes the summary of {@code results}. */
    public static EvalSummary of(List<EvalResult> results, String correctnessMethod, boolean withSimilarity) {
        int correct = 0;
        int declines = 0;
        int errors = 0;
        double rewardSum = 0;
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
            rewardSum += r.reward();
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
        int n = results.size();
        return new EvalSummary(n, correct, n == 0 ? 0 : (double) correct / n, n == 0 ? 0 : rewardSum / n,
                withSimilarity && n > 0 ? similaritySum / n : null, percentile(latencies, 0.50),
                percentile(latencies, 0.95), percentile(latencies, 0.99), declines, errors, correctnessMethod,
                withSimilarity, topics);
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
