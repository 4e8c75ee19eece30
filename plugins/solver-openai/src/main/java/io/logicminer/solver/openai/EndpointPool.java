package io.logicminer.solver.openai;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The servers one {@code openai} model spreads its requests over.
 *
 * <p><b>Routing:</b> each request goes to the healthy endpoint with the fewest requests outstanding, ties taken in
 * turn (round robin), so a slow server gets fewer new requests while it is busy. A request that fails on one
 * endpoint moves at once to the least loaded healthy endpoint it has not tried.
 *
 * <p><b>Health:</b> a connection failure, a read timeout, a broken stream, a 5xx (or, in a pool of several, a 401,
 * 403 or 404: that server's key, path or model is wrong; or a 2xx that is not a chat completion) marks an endpoint
 * unhealthy: it
 * gets no requests while another endpoint is healthy, and is probed ({@link EndpointProber}) after
 * {@code probe_backoff}, then at doubling intervals up to {@code probe_max_backoff}, until a probe succeeds.
 * When no endpoint is healthy, requests go to all of them anyway (least loaded first), as a load balancer's
 * panic mode does: a request is as good a probe as any, and a success marks its endpoint healthy. A pool of one is
 * never probed, as it gets every request in any case.
 */
final class EndpointPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointPool.class);

    private final String model;
    private final List<Endpoint> endpoints;
    private final EndpointProber prober;
    private final EndpointMetrics metrics;
    private final Clock clock;
    private final Duration probeBackoff;
    private final Duration probeMaxBackoff;
    private final ScheduledThreadPoolExecutor probes;
    private long turn;

    EndpointPool(String model, List<Endpoint> endpoints, EndpointProber prober, EndpointMetrics metrics, Clock clock,
                 Duration probeBackoff, Duration probeMaxBackoff) {
        this.model = model;
        this.endpoints = List.copyOf(endpoints);
        this.prober = prober;
        this.metrics = metrics;
        this.clock = clock;
        this.probeBackoff = probeBackoff;
        this.probeMaxBackoff = probeMaxBackoff;
        this.probes = endpoints.size() < 2 ? null : probeExecutor(model);
        this.endpoints.forEach(e -> metrics.health(e, true));
    }

    /** One daemon thread; a cancelled probe (its endpoint came back) leaves the queue at once. */
    private static ScheduledThreadPoolExecutor probeExecutor(String model) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "logicminer-probe-" + model);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** How many probes wait in the scheduler's queue, for tests. */
    int scheduledProbes() {
        return probes == null ? 0 : probes.getQueue().size();
    }

    List<Endpoint> endpoints() {
        return endpoints;
    }

    /**
     * Takes the endpoint the next attempt of a request goes to and counts the request as outstanding there: the least
     * loaded healthy one not in {@code tried}; with none healthy, the least loaded not in {@code tried}.
     *
     * @return null when every candidate has been tried
     */
    synchronized Endpoint acquire(Set<Endpoint> tried) {
        boolean anyHealthy = endpoints.stream().anyMatch(e -> e.healthy);
        List<Endpoint> least = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        for (Endpoint endpoint : endpoints) {
            if (tried.contains(endpoint) || (anyHealthy && !endpoint.healthy)) {
                continue;
            }
            int outstanding = endpoint.inFlight.get();
            if (outstanding < fewest) {
                fewest = outstanding;
                least.clear();
            }
            if (outstanding == fewest) {
                least.add(endpoint);
            }
        }
        if (least.isEmpty()) {
            return null;
        }
        Endpoint chosen = least.get((int) Math.floorMod(turn++, (long) least.size()));
        chosen.inFlight.incrementAndGet();
        metrics.sent(chosen);
        return chosen;
    }

    /** The request acquired on {@code endpoint} ended. */
    void release(Endpoint endpoint, AttemptOutcome outcome, long nanos) {
        endpoint.inFlight.decrementAndGet();
        metrics.finished(endpoint, outcome, nanos);
    }

    /** The endpoint answered: it is healthy again, whatever it was. */
    void succeeded(Endpoint endpoint) {
        synchronized (this) {
            if (endpoint.healthy) {
                return;
            }
            endpoint.healthy = true;
            endpoint.nextProbe = null;
            endpoint.probeWait = null;
            if (endpoint.scheduledProbe != null) {
                endpoint.scheduledProbe.cancel(false);
                endpoint.scheduledProbe = null;
            }
            metrics.health(endpoint, true); // under the lock, so the gauge follows the state's order of changes
        }
        LOG.info("model {}: endpoint {} is up again", model, endpoint);
    }

    /** The endpoint failed in a way that says it is unwell: take it out of rotation and probe it. */
    void failed(Endpoint endpoint, String problem) {
        boolean wasHealthy;
        synchronized (this) {
            endpoint.lastProblem = problem;
            wasHealthy = endpoint.healthy;
            if (!wasHealthy) {
                return;
            }
            endpoint.healthy = false;
            endpoint.probeWait = probeBackoff;
            endpoint.nextProbe = clock.instant().plus(probeBackoff);
            scheduleProbe(endpoint, probeBackoff);
            metrics.health(endpoint, false);
        }
        LOG.warn("model {}: endpoint {} is down ({}); {}", model, endpoint, problem, endpoints.size() > 1
                ? "requests go to the others; probing it in " + probeBackoff.toMillis() + " ms"
                : "it is the only endpoint, so requests still go to it");
    }

    /** Remembers what went wrong on {@code endpoint} without taking it out of rotation (a 429). */
    synchronized void noted(Endpoint endpoint, String problem) {
        endpoint.lastProblem = problem;
    }

    /** Whether no endpoint is healthy. */
    synchronized boolean allDown() {
        return endpoints.stream().noneMatch(e -> e.healthy);
    }

    /** {@code http://a/v1: <last problem>; http://b/v1: <last problem>}, every endpoint. */
    synchronized String problems() {
        return endpoints.stream().map(e -> e.label() + ": " + (e.lastProblem == null ? "no error seen"
                : e.lastProblem)).collect(Collectors.joining("; "));
    }

    /** Probes now every unhealthy endpoint whose probe is due by the clock; the background prober does the same. */
    void probeDue() {
        List<Endpoint> due = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            for (Endpoint endpoint : endpoints) {
                if (!endpoint.healthy && endpoint.nextProbe != null && !now.isBefore(endpoint.nextProbe)) {
                    due.add(endpoint);
                }
            }
        }
        due.forEach(this::probe);
    }

    /** Whether {@code endpoint} is in rotation. */
    synchronized boolean isHealthy(Endpoint endpoint) {
        return endpoint.healthy;
    }

    private void scheduleProbe(Endpoint endpoint, Duration delay) {
        if (probes == null || probes.isShutdown()) {
            return;
        }
        if (endpoint.scheduledProbe != null) {
            endpoint.scheduledProbe.cancel(false);
        }
        // In nanoseconds: a sub-millisecond rest rounded to 0 ms would re-check at once, again and again.
        long nanos;
        try {
            nanos = Math.max(0, delay.toNanos());
        } catch (ArithmeticException centuries) {
            nanos = Long.MAX_VALUE;
        }
        endpoint.scheduledProbe = probes.schedule(() -> probeWhenDue(endpoint), nanos, TimeUnit.NANOSECONDS);
    }

    // The scheduler runs on real time, the backoff on the clock: a probe that wakes early waits for the rest.
    private void probeWhenDue(Endpoint endpoint) {
        synchronized (this) {
            if (endpoint.healthy || endpoint.nextProbe == null) {
                return;
            }
            Duration left = Duration.between(clock.instant(), endpoint.nextProbe);
            if (left.isPositive()) {
                scheduleProbe(endpoint, left);
                return;
            }
        }
        probe(endpoint);
    }

    private void probe(Endpoint endpoint) {
        if (!endpoint.probing.compareAndSet(false, true)) {
            return;
        }
        try {
            Optional<String> problem;
            try {
                problem = prober.problem(endpoint);
            } catch (RuntimeException e) {
                problem = Optional.of("probe failed: " + e);
            }
            metrics.probed(endpoint, problem.isEmpty());
            if (problem.isEmpty()) {
                succeeded(endpoint);
                return;
            }
            synchronized (this) {
                endpoint.lastProblem = problem.get();
                if (endpoint.healthy) {
                    return; // a request succeeded there meanwhile
                }
                Duration wait = endpoint.probeWait == null ? probeBackoff : endpoint.probeWait.multipliedBy(2);
                wait = wait.compareTo(probeMaxBackoff) > 0 ? probeMaxBackoff : wait;
                endpoint.probeWait = wait;
                endpoint.nextProbe = clock.instant().plus(wait);
                scheduleProbe(endpoint, wait);
            }
            LOG.debug("model {}: endpoint {} still down ({})", model, endpoint, problem.get());
        } finally {
            endpoint.probing.set(false);
        }
    }

    @Override
    public void close() {
        if (probes != null) {
            probes.shutdownNow();
        }
    }
}
