package io.logicminer.solver.math.hostile;

import io.logicminer.solver.math.engine.MathEngine;
import io.logicminer.solver.math.engine.ProblemText;
import io.logicminer.solver.math.engine.TopicSolver;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time of every topic solver and of the whole engine on {@link HostileQuestions}, as a ratio against a real
 * question solved in the same run (a benchmark, not a test). Run:
 * {@code ./mvnw -q -B -o -pl plugins/solver-math -am -Dnpm.skip=true test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt} then {@code java -cp plugins/solver-math/target/test-classes:plugins/solver-math/target/classes:$(cat /tmp/cp.txt)
 * io.logicminer.solver.math.hostile.HostileQuestionBenchmark 10 100 1024} (sizes in KiB).
 */
public final class HostileQuestionBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private HostileQuestionBenchmark() {
    }

    public static void main(String[] args) {
        MathEngine engine = MathEngine.loadAll();
        for (int i = 0; i < 2_000; i++) {
            engine.solve(HostileQuestions.REAL);
        }
        long reference = median(engine, HostileQuestions.REAL, 501);
        System.out.printf(Locale.ROOT, "reference: real question, engine solve %.3f ms CPU (median of 501), %d solvers%n",
                reference / 1e6, engine.solvers().size());
        for (String arg : args) {
            int kib = Integer.parseInt(arg);
            for (Map.Entry<String, String> input : HostileQuestions.of(kib).entrySet()) {
                String question = input.getValue();
                List<long[]> perSolver = new ArrayList<>();
                ProblemText problem = ProblemText.of(question);
                long solversTotal = 0;
                for (int s = 0; s < engine.solvers().size(); s++) {
                    TopicSolver solver = engine.solvers().get(s);
                    long t = cpu();
                    try {
                        solver.solve(problem);
                    } catch (RuntimeException e) {
                        // a solver that throws on odd input is the engine's business, not this benchmark's
                    }
                    long took = cpu() - t;
                    solversTotal += took;
                    perSolver.add(new long[] {s, took});
                }
                long t = cpu();
                String outcome = engine.solve(question).isAnswered() ? "answered" : "declined";
                long whole = cpu() - t;
                perSolver.sort(Comparator.comparingLong((long[] a) -> a[1]).reversed());
                StringBuilder worst = new StringBuilder();
                for (long[] w : perSolver.subList(0, 3)) {
                    worst.append(String.format(Locale.ROOT, " %s %.1f ms;",
                            engine.solvers().get((int) w[0]).subtopic(), w[1] / 1e6));
                }
                System.out.printf(Locale.ROOT,
                        "%5d KiB | %-34s | engine %10.2f ms CPU (%s, x%.0f the reference) | all solvers direct %10.2f ms |%s%n",
                        kib, input.getKey(), whole / 1e6, outcome, (double) whole / reference, solversTotal / 1e6,
                        worst);
            }
        }
    }

    private static long median(MathEngine engine, String question, int runs) {
        long[] took = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = cpu();
            engine.solve(question);
            took[i] = cpu() - t;
        }
        java.util.Arrays.sort(took);
        return took[runs / 2];
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
