package io.logicminer.core.pipeline;

import io.logicminer.spi.Solution;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadPoolExecutor;

/**
 * The solve pipeline's figures: outcomes by solver, fallbacks, time per solver run and the CPU pool's load.
 *
 * <p>One instance per registry, shared by every pipeline built on it (a registry refuses a name twice, and a host
 * may build more than one pipeline); the pool gauges sum over the pipelines still open.
 */
final class SolveMetrics {

    private static final Map<PrometheusRegistry, SolveMetrics> BY_REGISTRY = new WeakHashMap<>();

    private final Counter outcomes;
    private final Counter fallbacks;
    private final Histogram seconds;
    private final CopyOnWriteArrayList<ThreadPoolExecutor> pools = new CopyOnWriteArrayList<>();

    private SolveMetrics(PrometheusRegistry registry) {
        outcomes = Counter.builder().name("logicminer_solve_total")
                .help("Solves by the solver that produced the reply and how they ended (answered, partial, "
                        + "fallback, declined, empty, timed_out, llm_error, failed)")
                .labelNames("solver", "outcome").register(registry);
        fallbacks = Counter.builder().name("logicminer_solve_fallbacks_total")
                .help("Times the fallback solver was run because the primary did not answer").register(registry);
        seconds = Histogram.builder().name("logicminer_solve_seconds")
                .help("Time of one solver run inside the pipeline, until it returned or was given up")
                .labelNames("solver").classicOnly()
                .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64)
                .register(registry);
        GaugeWithCallback.builder().name("logicminer_solve_cpu_queue_depth")
                .help("CPU-bound solves waiting for a worker")
                .callback(cb -> cb.call(pools.stream().mapToInt(p -> p.getQueue().size()).sum()))
                .register(registry);
        GaugeWithCallback.builder().name("logicminer_solve_cpu_busy_workers")
                .help("CPU pool workers running a solve (a runaway solve keeps its worker until it really stops)")
                .callback(cb -> cb.call(pools.stream().mapToInt(ThreadPoolExecutor::getActiveCount).sum()))
                .register(registry);
        GaugeWithCallback.builder().name("logicminer_solve_cpu_workers")
                .help("Size of the CPU pool (miner.cpu_workers)")
                .callback(cb -> cb.call(pools.stream().mapToInt(ThreadPoolExecutor::getMaximumPoolSize).sum()))
                .register(registry);
    }

    /** The metrics registered in {@code registry}, registering them on first use. */
    static synchronized SolveMetrics in(PrometheusRegistry registry) {
        return BY_REGISTRY.computeIfAbsent(registry, SolveMetrics::new);
    }

    void watch(ThreadPoolExecutor pool) {
        pools.add(pool);
    }

    void forget(ThreadPoolExecutor pool) {
        pools.remove(pool);
    }

    void solved(Solution solution) {
        outcomes.labelValues(solution.solver(), solution.status().label()).inc();
    }

    void fallbackRun() {
        fallbacks.inc();
    }

    void ran(String solver, long nanos) {
        seconds.labelValues(solver).observe(nanos / 1e9);
    }
}
