package io.logicminer.solver.math.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints p50/p99/max engine solve time per problem over the fixture questions (a benchmark, not a test). Run:
 * {@code ./mvnw -q -B -o -pl plugins/solver-math test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}
 * then {@code java -cp plugins/solver-math/target/test-classes:plugins/solver-math/target/classes:$(cat /tmp/cp.txt) io.logicminer.solver.math.engine.EngineBenchmark 20}.
 */
public final class EngineBenchmark {

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<FixtureChallenge> challenges = FixtureChallenge.load();
        MathEngine engine = MathEngine.loadAll();
        for (int warm = 0; warm < 5; warm++) {
            for (FixtureChallenge c : challenges) {
                engine.solve(c.question());
            }
        }
        long[] nanos = new long[rounds * challenges.size()];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (FixtureChallenge c : challenges) {
                long t = System.nanoTime();
                engine.solve(c.question());
                nanos[i++] = System.nanoTime() - t;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "solves=%d p50=%.3f ms p90=%.3f ms p99=%.3f ms max=%.3f ms%n", nanos.length,
                nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.90)] / 1e6,
                nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }
}
